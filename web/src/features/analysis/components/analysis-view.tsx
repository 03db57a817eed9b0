import { useState } from 'react';

import type { AnalysisResult } from '@/types/api';
import { formatPercent } from '@/utils/format';

import { basisLabels } from '../utils/labels';

import { ClassificationBadge } from './classification-badge';
import { CodesTable } from './codes-table';
import { DocumentText } from './document-text';
import type { FocusRequest } from './document-text';
import { FindingsList } from './findings-list';
import { LabTable } from './lab-table';
import { SummaryPanel } from './summary-panel';

interface AnalysisViewProps {
  analysis: AnalysisResult;
  /** The analysed text; null when it is not available (a PDF the API returned no text for). */
  text: string | null;
}

/** The coder's workbench for one analysed document. */
export function AnalysisView({ analysis, text }: AnalysisViewProps) {
  const [selectedCodes, setSelectedCodes] = useState<string[]>([]);
  const [hoveredCode, setHoveredCode] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  const activeCodes = hoveredCode ? [hoveredCode] : selectedCodes;
  const selected = analysis.codes.filter((code) => selectedCodes.includes(code.code));

  const requestFocus = (code: string, mode: FocusRequest['mode']) =>
    setFocusRequest((previous) => ({ code, mode, seq: (previous?.seq ?? 0) + 1 }));

  const hoverCode = (code: string | null) => {
    setHoveredCode(code);
    if (code) requestFocus(code, 'hover');
  };

  const selectCode = (code: string) => {
    const alreadyOnlySelection = selectedCodes.length === 1 && selectedCodes[0] === code;
    setSelectedCodes(alreadyOnlySelection ? [] : [code]);
    if (!alreadyOnlySelection) requestFocus(code, 'select');
  };

  return (
    <div className="analysis">
      <ClassificationBadge classification={analysis.classification} />
      {analysis.warnings && analysis.warnings.length > 0 ? (
        <ul className="alert alert--warning" aria-label="Warnings">
          {analysis.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      <div className="analysis__grid">
        <section className="panel analysis__text" aria-labelledby="text-heading">
          <h2 id="text-heading">Document text</h2>
          <div className="selection-callout" aria-live="polite">
            {selected.length > 0 ? (
              <div className="selection-callout__body" data-testid="selected-evidence">
                <span className="muted">Evidence for</span>
                {selected.map((code) => (
                  <span key={code.code} className="selection-callout__code">
                    <strong>{code.code}</strong> {code.description}{' '}
                    <span className="muted">
                      ({basisLabels[code.basis] ?? code.basis}, {formatPercent(code.confidence)})
                    </span>
                  </span>
                ))}
                <button type="button" className="button button--link" onClick={() => setSelectedCodes([])}>
                  Clear
                </button>
              </div>
            ) : (
              <span className="muted">Select a code or a highlighted passage to link them.</span>
            )}
          </div>
          {text !== null ? (
            <DocumentText
              text={text}
              codes={analysis.codes}
              findings={analysis.findings}
              activeCodes={activeCodes}
              focusRequest={focusRequest}
              onSelectEvidence={setSelectedCodes}
            />
          ) : (
            <p className="muted">
              The text of this document is not available here; each code&apos;s evidence is quoted in the codes table.
            </p>
          )}
        </section>
        <div className="analysis__side">
          <SummaryPanel summary={analysis.summary} />
          <CodesTable
            codes={analysis.codes}
            selectedCodes={selectedCodes}
            onHoverCode={hoverCode}
            onSelectCode={selectCode}
          />
          <FindingsList findings={analysis.findings} />
          <LabTable labResults={analysis.lab_results} />
        </div>
      </div>
    </div>
  );
}
