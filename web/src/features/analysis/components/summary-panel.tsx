import type { Summary } from '@/types/api';

interface SummaryPanelProps {
  summary: Summary;
}

export function SummaryPanel({ summary }: SummaryPanelProps) {
  return (
    <section className="panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      {summary.summary ? (
        <p className="summary">{summary.summary}</p>
      ) : (
        <p className="muted">No summary for this document.</p>
      )}
      {summary.key_findings.length > 0 ? (
        <>
          <h3>Key findings</h3>
          <ul className="key-findings">
            {summary.key_findings.map((finding, index) => (
              <li key={`${index}-${finding}`}>{finding}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
