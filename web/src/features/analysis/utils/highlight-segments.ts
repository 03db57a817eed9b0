import type { Assertion, CodeSuggestion, Finding, TextSpan } from '@/types/api';
import { codePoints, utf16ToCodePointIndex } from '@/utils/code-points';

/** A stretch of text inside a segment over which the covering findings do not change. */
export interface TextPart {
  text: string;
  /** Assertions of the findings whose span covers this part. */
  assertions: Assertion[];
  /** Concept names of those findings. */
  concepts: string[];
}

/** A run of the document text over which the set of codes citing it does not change. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Codes whose evidence covers this run, in the order they appear in the codes table. */
  codes: string[];
  /** The run split where findings begin or end, so a finding can be styled inside one evidence mark. */
  parts: TextPart[];
}

export interface HighlightPlan {
  segments: TextSegment[];
  /** Evidence spans that could not be located in the text (wrong offsets and no verbatim match). */
  unplacedSpans: number;
}

interface Mark {
  start: number;
  end: number;
  code?: string;
  assertion?: Assertion;
  concept?: string;
}

/**
 * Places a span on the text in code points. The contract promises code-point offsets whose slice equals
 * span.text; a span given in UTF-16 units (a client bug elsewhere) is recovered, anything else is dropped
 * rather than highlighting the wrong words.
 */
export function placeSpan(text: string, points: string[], span: TextSpan): { start: number; end: number } | null {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) return null;
  if (end <= points.length && points.slice(start, end).join('') === span.text) return { start, end };
  if (end <= text.length && text.slice(start, end) === span.text) {
    return { start: utf16ToCodePointIndex(text, start), end: utf16ToCodePointIndex(text, end) };
  }
  return null;
}

/** Splits the text into segments so each code's evidence and each finding can be marked without nesting. */
export function buildHighlightPlan(text: string, codes: CodeSuggestion[], findings: Finding[]): HighlightPlan {
  const points = codePoints(text);
  const marks: Mark[] = [];
  let unplacedSpans = 0;

  for (const code of codes) {
    for (const span of code.evidence_spans) {
      const placed = placeSpan(text, points, span);
      if (placed) marks.push({ ...placed, code: code.code });
      else unplacedSpans += 1;
    }
  }
  for (const finding of findings) {
    const placed = placeSpan(text, points, finding.span);
    if (placed) marks.push({ ...placed, assertion: finding.assertion, concept: finding.concept });
  }

  const codeMarks = marks.filter((mark) => mark.code !== undefined);
  const findingMarks = marks.filter((mark) => mark.assertion !== undefined);
  const outerCuts = cutsOf(codeMarks, points.length);
  const innerCuts = cutsOf(marks, points.length);

  const segments: TextSegment[] = [];
  for (let i = 0; i < outerCuts.length - 1; i += 1) {
    const start = outerCuts[i] as number;
    const end = outerCuts[i + 1] as number;
    const segmentCodes = unique(covering(codeMarks, start, end).flatMap((mark) => (mark.code ? [mark.code] : [])));
    const parts: TextPart[] = [];
    const cuts = innerCuts.filter((cut) => cut > start && cut < end);
    const bounds = [start, ...cuts, end];
    for (let j = 0; j < bounds.length - 1; j += 1) {
      const from = bounds[j] as number;
      const to = bounds[j + 1] as number;
      const over = covering(findingMarks, from, to);
      parts.push({
        text: points.slice(from, to).join(''),
        assertions: unique(over.flatMap((mark) => (mark.assertion ? [mark.assertion] : []))),
        concepts: unique(over.flatMap((mark) => (mark.concept ? [mark.concept] : []))),
      });
    }
    segments.push({
      start,
      end,
      text: points.slice(start, end).join(''),
      codes: segmentCodes,
      parts: mergeParts(parts),
    });
  }
  return { segments, unplacedSpans };
}

function cutsOf(marks: Mark[], length: number): number[] {
  const cuts = new Set<number>([0, length]);
  for (const mark of marks) {
    cuts.add(mark.start);
    cuts.add(mark.end);
  }
  return [...cuts].sort((a, b) => a - b);
}

function covering(marks: Mark[], start: number, end: number): Mark[] {
  return marks.filter((mark) => mark.start <= start && mark.end >= end);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Adjacent parts covered by the same findings are joined so the DOM stays small. */
function mergeParts(parts: TextPart[]): TextPart[] {
  const merged: TextPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && sameList(last.assertions, part.assertions) && sameList(last.concepts, part.concepts)) {
      merged[merged.length - 1] = { ...last, text: last.text + part.text };
    } else {
      merged.push(part);
    }
  }
  return merged;
}

function sameList<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
