import { ScrollRegion } from '@/components/scroll-region';

import type { ConfusionMatrix as ConfusionMatrixData } from '../utils/evaluation-details';

interface ConfusionMatrixProps {
  data: ConfusionMatrixData;
}

/** Expected label per row, predicted per column; darker cells hold more documents, the diagonal is right. */
export function ConfusionMatrix({ data }: ConfusionMatrixProps) {
  const max = Math.max(1, ...data.matrix.flat());
  return (
    <section className="panel" aria-labelledby="confusion-heading">
      <h2 id="confusion-heading">Confusion matrix</h2>
      <p className="muted">Rows: expected document type. Columns: predicted. The diagonal is correct.</p>
      <ScrollRegion label="Confusion matrix">
        <table className="confusion">
          <caption className="visually-hidden">Document type confusion matrix</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Expected \ predicted</span>
              </th>
              {data.labels.map((label) => (
                <th key={label} scope="col" className="confusion__col">
                  <span>{label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.labels.map((expected, row) => (
              <tr key={expected}>
                <th scope="row">{expected}</th>
                {data.labels.map((predicted, column) => {
                  const count = data.matrix[row]?.[column] ?? 0;
                  const strength = count / max;
                  const diagonal = row === column;
                  return (
                    <td
                      key={predicted}
                      className={`confusion__cell${diagonal ? ' confusion__cell--diagonal' : ''}${count > 0 && !diagonal ? ' confusion__cell--error' : ''}`}
                      style={{ ['--strength' as string]: strength.toFixed(3) }}
                      title={`${count} expected ${expected}, predicted ${predicted}`}
                    >
                      {count}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
