import { ScrollRegion } from '@/components/scroll-region';
import type { EvalFailure } from '@/types/api';

interface FailuresTableProps {
  failures: EvalFailure[];
}

interface Column {
  header: string;
  value: (failure: EvalFailure) => string;
  wrong?: (failure: EvalFailure) => boolean;
}

const list = (values: string[] | undefined) => (values && values.length > 0 ? values.join(', ') : '–');

const optionalColumns: Column[] = [
  { header: 'Expected type', value: (failure) => failure.expected_type ?? '–' },
  {
    header: 'Predicted type',
    value: (failure) => failure.predicted_type ?? '–',
    wrong: (failure) =>
      Boolean(failure.expected_type && failure.predicted_type && failure.expected_type !== failure.predicted_type),
  },
  { header: 'Missing codes', value: (failure) => list(failure.missing_codes) },
  { header: 'Extra codes', value: (failure) => list(failure.extra_codes) },
];

const keys: Record<string, (failure: EvalFailure) => unknown> = {
  'Expected type': (failure) => failure.expected_type,
  'Predicted type': (failure) => failure.predicted_type,
  'Missing codes': (failure) => failure.missing_codes,
  'Extra codes': (failure) => failure.extra_codes,
};

function reasons(failure: EvalFailure): string {
  return [...(failure.reasons ?? []), ...(failure.reason ? [failure.reason] : [])].join('; ');
}

/** The documents the evaluation got wrong, and how; only the columns the API filled are shown. */
export function FailuresTable({ failures }: FailuresTableProps) {
  const columns = optionalColumns.filter((column) =>
    failures.some((failure) => keys[column.header]?.(failure) !== undefined && keys[column.header]?.(failure) !== null),
  );
  const showReasons = failures.some((failure) => reasons(failure) !== '');
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
                {columns.map((column) => (
                  <th key={column.header} scope="col">
                    {column.header}
                  </th>
                ))}
                {showReasons ? <th scope="col">Why</th> : null}
              </tr>
            </thead>
            <tbody>
              {failures.map((failure) => (
                <tr key={failure.id}>
                  <th scope="row">{failure.id}</th>
                  {columns.map((column) => (
                    <td key={column.header} className={column.wrong?.(failure) ? 'is-wrong' : undefined}>
                      {column.value(failure)}
                    </td>
                  ))}
                  {showReasons ? <td>{reasons(failure)}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
