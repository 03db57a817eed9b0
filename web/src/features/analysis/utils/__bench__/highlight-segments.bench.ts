import { bench, describe } from 'vitest';

import type { CodeSuggestion, Finding } from '@/types/api';

import { buildHighlightPlan } from '../highlight-segments';

// A long synthetic report: `lines` lines, each with one coded phrase and one negated finding.
function syntheticReport(lines: number) {
  const parts: string[] = [];
  const codes: CodeSuggestion[] = [];
  const findings: Finding[] = [];
  let offset = 0;
  for (let i = 0; i < lines; i += 1) {
    const line = `Line ${i}: small left pleural effusion 😀, no pneumothorax, temp 38 °C.\n`;
    const points = Array.from(line);
    const phraseStart = offset + points.indexOf('s', 6);
    const negStart = offset + Array.from(line.slice(0, line.indexOf('pneumothorax'))).length;
    codes.push({
      code: `C${i % 40}`,
      description: 'Synthetic',
      evidence: ['small left pleural effusion'],
      evidence_spans: [{ start: phraseStart, end: phraseStart + 27, text: 'small left pleural effusion' }],
      confidence: 0.9,
      basis: 'documented',
      assertion: 'present',
    });
    findings.push({
      concept_id: 'pneumothorax',
      concept: 'Pneumothorax',
      assertion: 'negated',
      span: { start: negStart, end: negStart + 12, text: 'pneumothorax' },
      section: 'findings',
      trigger: 'no',
    });
    parts.push(line);
    offset += points.length;
  }
  return { text: parts.join(''), codes, findings };
}

describe('buildHighlightPlan', () => {
  for (const lines of [100, 1000]) {
    const report = syntheticReport(lines);
    bench(`${lines} lines, ${lines} evidence spans, ${lines} findings (${report.text.length} chars)`, () => {
      buildHighlightPlan(report.text, report.codes, report.findings);
    });
  }
});
