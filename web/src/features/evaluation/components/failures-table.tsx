import { ScrollRegion } from '@/components/scroll-region';
import type { EvalFailure } from '@/types/api';

interface FailuresTableProps {
  failures: EvalFailure[];
}

/** The documents the evaluation got wrong, and why. */
export function FailuresTable({ failures }: FailuresTableProps) {
  return (
    <section className="panel" aria-labelledby="failures-heading">
      <h2 id="failures-heading">Documents it got wrong ({failures.length})</h2>
      {failures.length === 0 ? (
        <p className="muted">None: every document was classified and coded as expected.</p>
      ) : (
        <ScrollRegion label="Documents it got wrong">
          <table className="data-table">
            <caption className="visually-hidden">Evaluation failures</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((failure) => (
                <tr key={failure.id}>
                  <th scope="row">{failure.id}</th>
                  <td>{failure.reasons.join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
