import type { EvalFailure } from '@/types/api';

interface FailuresTableProps {
  failures: EvalFailure[];
}

function codeList(codes: string[] | undefined): string {
  return codes && codes.length > 0 ? codes.join(', ') : '–';
}

/** The documents the evaluation got wrong, and how. */
export function FailuresTable({ failures }: FailuresTableProps) {
  return (
    <section className="panel" aria-labelledby="failures-heading">
      <h2 id="failures-heading">Documents it got wrong ({failures.length})</h2>
      {failures.length === 0 ? (
        <p className="muted">None: every document was classified and coded as expected.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Evaluation failures</caption>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Expected type</th>
                <th scope="col">Predicted type</th>
                <th scope="col">Missing codes</th>
                <th scope="col">Extra codes</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {failures.map((failure) => {
                const typeWrong =
                  failure.expected_type && failure.predicted_type && failure.expected_type !== failure.predicted_type;
                return (
                  <tr key={failure.id}>
                    <th scope="row">{failure.id}</th>
                    <td>{failure.expected_type ?? '–'}</td>
                    <td className={typeWrong ? 'is-wrong' : undefined}>{failure.predicted_type ?? '–'}</td>
                    <td>{codeList(failure.missing_codes)}</td>
                    <td>{codeList(failure.extra_codes)}</td>
                    <td>{failure.reason ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
