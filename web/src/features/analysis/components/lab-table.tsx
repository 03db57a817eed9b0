import { ScrollRegion } from '@/components/scroll-region';
import type { LabResult, ReferenceRange } from '@/types/api';

import { flagLabels } from '../utils/labels';

interface LabTableProps {
  labResults: LabResult[];
}

function rangeText(range: ReferenceRange | null): string {
  if (!range) return '–';
  if (range.text) return range.text;
  if (range.low !== null && range.high !== null) return `${range.low}–${range.high}`;
  if (range.low !== null) return `≥ ${range.low}`;
  if (range.high !== null) return `≤ ${range.high}`;
  return '–';
}

/** Lab values with units, reference ranges and H/L flags; abnormal rows stand out. */
export function LabTable({ labResults }: LabTableProps) {
  return (
    <section className="panel" aria-labelledby="labs-heading">
      <h2 id="labs-heading">Lab results</h2>
      {labResults.length === 0 ? (
        <p className="muted">No lab values in this document.</p>
      ) : (
        <ScrollRegion label="Lab results table">
          <table className="data-table lab-table">
            <caption className="visually-hidden">Lab values</caption>
            <thead>
              <tr>
                <th scope="col">Test</th>
                <th scope="col" className="numeric">
                  Value
                </th>
                <th scope="col">Unit</th>
                <th scope="col">Reference range</th>
                <th scope="col">Flag</th>
              </tr>
            </thead>
            <tbody>
              {labResults.map((lab, index) => {
                const flag = flagLabels[lab.flag] ?? { short: '?', long: lab.flag };
                const abnormal = lab.flag !== 'normal';
                return (
                  <tr
                    key={`${lab.analyte}-${lab.span.start}-${index}`}
                    className={abnormal ? 'is-abnormal' : undefined}
                  >
                    <th scope="row">{lab.name || lab.analyte}</th>
                    <td className="numeric">{lab.value_text || (lab.value ?? '–')}</td>
                    <td>{lab.unit ?? ''}</td>
                    <td>{rangeText(lab.reference_range)}</td>
                    <td>
                      {abnormal ? (
                        <abbr className={`flag flag--${lab.flag}`} title={flag.long} data-flag={lab.flag}>
                          {flag.short}
                          <span className="visually-hidden"> ({flag.long})</span>
                        </abbr>
                      ) : (
                        <span className="muted">Normal</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </section>
  );
}
