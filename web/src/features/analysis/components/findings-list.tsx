import type { Finding } from '@/types/api';

import { AssertionChip } from './assertion-chip';

interface FindingsListProps {
  findings: Finding[];
}

function FindingItem({ finding }: { finding: Finding }) {
  return (
    <li className={`finding-item finding-item--${finding.assertion}`} data-assertion={finding.assertion}>
      <div className="finding-item__head">
        <span className="finding-item__concept">{finding.concept}</span>
        <AssertionChip assertion={finding.assertion} />
      </div>
      <div className="finding-item__meta">
        <q>{finding.span.text}</q>
        {finding.section ? <span className="muted"> · {finding.section.replace(/_/g, ' ')}</span> : null}
        {finding.trigger ? <span className="muted"> · trigger “{finding.trigger}”</span> : null}
      </div>
    </li>
  );
}

/** Findings split into what is stated as present and what was ruled out or is not current. */
export function FindingsList({ findings }: FindingsListProps) {
  const present = findings.filter((finding) => finding.assertion === 'present');
  const other = findings.filter((finding) => finding.assertion !== 'present');
  return (
    <section className="panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      {findings.length === 0 ? <p className="muted">No findings recognised.</p> : null}
      {present.length > 0 ? (
        <>
          <h3>Stated as present</h3>
          <ul className="finding-list" aria-label="Findings stated as present">
            {present.map((finding, index) => (
              <FindingItem key={`${finding.concept_id}-${finding.span.start}-${index}`} finding={finding} />
            ))}
          </ul>
        </>
      ) : null}
      {other.length > 0 ? (
        <>
          <h3>Ruled out or not current (not coded)</h3>
          <ul className="finding-list" aria-label="Findings ruled out or not current">
            {other.map((finding, index) => (
              <FindingItem key={`${finding.concept_id}-${finding.span.start}-${index}`} finding={finding} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
