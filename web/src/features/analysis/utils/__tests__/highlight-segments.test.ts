import { describe, expect, it } from 'vitest';

import type { CodeSuggestion, Finding } from '@/types/api';

import { buildHighlightPlan, placeSpan } from '../highlight-segments';

function code(codeValue: string, spans: { start: number; end: number; text: string }[]): CodeSuggestion {
  return {
    code: codeValue,
    description: codeValue,
    evidence: spans.map((span) => span.text),
    evidence_spans: spans,
    confidence: 0.9,
    basis: 'documented',
    assertion: 'present',
  };
}

describe('buildHighlightPlan', () => {
  it('slices evidence by code points, not utf-16 units', () => {
    // "𝛼" is outside the BMP: one code point, two UTF-16 units.
    const text = 'Note 𝛼: small left pleural effusion.';
    const plan = buildHighlightPlan(text, [code('J90', [{ start: 14, end: 35, text: 'left pleural effusion' }])], []);
    const marked = plan.segments.filter((segment) => segment.codes.length > 0);
    expect(marked).toEqual([
      {
        start: 14,
        end: 35,
        text: 'left pleural effusion',
        codes: ['J90'],
        parts: [{ text: 'left pleural effusion', assertions: [], concepts: [] }],
      },
    ]);
    expect(plan.segments.map((segment) => segment.text).join('')).toBe(text);
    expect(plan.unplacedSpans).toBe(0);
  });

  it('splits overlapping evidence of two codes into runs that carry both', () => {
    const text = 'Cardiomegaly with effusion.';
    const plan = buildHighlightPlan(
      text,
      [
        code('I51.7', [{ start: 0, end: 17, text: 'Cardiomegaly with' }]),
        code('J90', [{ start: 13, end: 26, text: 'with effusion' }]),
      ],
      [],
    );
    expect(plan.segments.map((segment) => [segment.text, segment.codes])).toEqual([
      ['Cardiomegaly ', ['I51.7']],
      ['with', ['I51.7', 'J90']],
      [' effusion', ['J90']],
      ['.', []],
    ]);
  });

  it('marks findings with their assertion', () => {
    const text = 'No pneumothorax.';
    const finding: Finding = {
      concept_id: 'pneumothorax',
      concept: 'Pneumothorax',
      assertion: 'negated',
      span: { start: 3, end: 15, text: 'pneumothorax' },
      section: 'findings',
      trigger: 'No',
    };
    const plan = buildHighlightPlan(text, [], [finding]);
    expect(plan.segments).toHaveLength(1);
    expect(plan.segments[0]?.parts).toEqual([
      { text: 'No ', assertions: [], concepts: [] },
      { text: 'pneumothorax', assertions: ['negated'], concepts: ['Pneumothorax'] },
      { text: '.', assertions: [], concepts: [] },
    ]);
  });

  it('keeps one evidence mark whole when a finding lies inside it', () => {
    const text = 'Mild cardiomegaly.';
    const finding: Finding = {
      concept_id: 'cardiomegaly',
      concept: 'Cardiomegaly',
      assertion: 'present',
      span: { start: 5, end: 17, text: 'cardiomegaly' },
      section: 'findings',
      trigger: null,
    };
    const plan = buildHighlightPlan(
      text,
      [code('I51.7', [{ start: 0, end: 17, text: 'Mild cardiomegaly' }])],
      [finding],
    );
    const marked = plan.segments.filter((segment) => segment.codes.length > 0);
    expect(marked).toHaveLength(1);
    expect(marked[0]?.parts.map((part) => [part.text, part.assertions])).toEqual([
      ['Mild ', []],
      ['cardiomegaly', ['present']],
    ]);
  });

  it('drops a span whose text is not at its offsets instead of marking the wrong words', () => {
    const text = 'Mild cardiomegaly.';
    const plan = buildHighlightPlan(text, [code('I51.7', [{ start: 0, end: 4, text: 'Severe' }])], []);
    expect(plan.segments).toHaveLength(1);
    expect(plan.segments[0]?.codes).toEqual([]);
    expect(plan.unplacedSpans).toBe(1);
  });
});

describe('placeSpan', () => {
  it('recovers a span given in utf-16 offsets', () => {
    const text = '😀 Hemoglobin 9.2 g/dL';
    const points = Array.from(text);
    // UTF-16 offsets: the emoji takes two units.
    expect(placeSpan(text, points, { start: 3, end: 13, text: 'Hemoglobin' })).toEqual({ start: 2, end: 12 });
  });

  it('rejects empty and negative spans', () => {
    const text = 'abc';
    expect(placeSpan(text, Array.from(text), { start: 1, end: 1, text: '' })).toBeNull();
    expect(placeSpan(text, Array.from(text), { start: -1, end: 1, text: 'a' })).toBeNull();
  });
});
