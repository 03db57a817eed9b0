import { useState } from 'react';

import { ScrollRegion } from '@/components/scroll-region';
import type { CodeSuggestion } from '@/types/api';
import { formatPercent } from '@/utils/format';

import { basisHints, basisLabels } from '../utils/labels';

interface CodesTableProps {
  codes: CodeSuggestion[];
  selectedCodes: string[];
  onHoverCode: (code: string | null) => void;
  onSelectCode: (code: string) => void;
}

type CopyState = { kind: 'idle' } | { kind: 'copied'; count: number } | { kind: 'failed' };

const maxQuoteLength = 90;

function shorten(quote: string): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  return flat.length > maxQuoteLength ? `${flat.slice(0, maxQuoteLength - 1)}…` : flat;
}

/** The suggested codes; hovering or selecting one points at its evidence in the text. */
export function CodesTable({ codes, selectedCodes, onHoverCode, onSelectCode }: CodesTableProps) {
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });

  const copyCodes = async () => {
    const list = codes.map((code) => code.code).join(', ');
    try {
      if (!navigator.clipboard) throw new Error('Clipboard unavailable');
      await navigator.clipboard.writeText(list);
      setCopy({ kind: 'copied', count: codes.length });
    } catch {
      setCopy({ kind: 'failed' });
    }
  };

  return (
    <section className="panel" aria-labelledby="codes-heading">
      <div className="panel__header">
        <h2 id="codes-heading">ICD-10-CM codes</h2>
        {codes.length > 0 ? (
          <button type="button" className="button button--secondary" onClick={copyCodes}>
            Copy codes
          </button>
        ) : null}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {copy.kind === 'copied' ? `Copied ${copy.count} ${copy.count === 1 ? 'code' : 'codes'}` : ''}
      </p>
      {copy.kind === 'copied' ? (
        <p className="copy-status" aria-hidden="true">
          Copied {copy.count} {copy.count === 1 ? 'code' : 'codes'} to the clipboard.
        </p>
      ) : null}
      {copy.kind === 'failed' ? (
        <p className="copy-status copy-status--failed" role="alert">
          Could not copy: the browser refused clipboard access. Codes: {codes.map((code) => code.code).join(', ')}
        </p>
      ) : null}
      {codes.length === 0 ? (
        <p className="muted">
          No codes: nothing in this document is stated as a current condition with verifiable evidence.
        </p>
      ) : (
        <ScrollRegion label="Codes table">
          <table className="data-table codes-table">
            <caption className="visually-hidden">Suggested codes with their evidence</caption>
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Title</th>
                <th scope="col">Basis</th>
                <th scope="col">Confidence</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => {
                const selected = selectedCodes.includes(code.code);
                return (
                  <tr
                    key={code.code}
                    className={selected ? 'is-selected' : undefined}
                    data-code={code.code}
                    onMouseEnter={() => onHoverCode(code.code)}
                    onMouseLeave={() => onHoverCode(null)}
                  >
                    <th scope="row">
                      <button
                        type="button"
                        className="code-button"
                        aria-pressed={selected}
                        aria-label={`${code.code}: show evidence in the text`}
                        onClick={() => onSelectCode(code.code)}
                        onFocus={() => onHoverCode(code.code)}
                        onBlur={() => onHoverCode(null)}
                      >
                        {code.code}
                      </button>
                    </th>
                    <td data-label="Title">{code.description}</td>
                    <td data-label="Basis">
                      <span className={`chip chip--basis chip--${code.basis}`} title={basisHints[code.basis]}>
                        {basisLabels[code.basis] ?? code.basis}
                      </span>
                    </td>
                    <td className="numeric" data-label="Confidence">
                      {formatPercent(code.confidence)}
                    </td>
                    <td className="evidence-quotes" data-label="Evidence">
                      {[...new Set(code.evidence.map(shorten))].map((quote) => (
                        <q key={quote}>{quote}</q>
                      ))}
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
