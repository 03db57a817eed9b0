import type { Assertion, CodeSuggestion, Finding, TextSpan } from '@/types/api';
import { codePoints, utf16ToCodePointIndex } from '@/utils/code-points';

/** A run of the document text over which the set of covering marks does not change. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
  /** Codes whose evidence covers this run, in the order they appear in the codes table. */
  codes: string[];
  /** Assertions of the findings whose span covers this run. */
  assertions: Assertion[];
  /** Concept names of those findings. */
  concepts: string[];
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

  const boundaries = new Set<number>([0, points.length]);
  for (const mark of marks) {
    boundaries.add(mark.start);
    boundaries.add(mark.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);

  const segments: TextSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    if (end <= start) continue;
    const covering = marks.filter((mark) => mark.start <= start && mark.end >= end);
    const segmentCodes = unique(covering.flatMap((mark) => (mark.code ? [mark.code] : [])));
    const assertions = unique(covering.flatMap((mark) => (mark.assertion ? [mark.assertion] : [])));
    const concepts = unique(covering.flatMap((mark) => (mark.concept ? [mark.concept] : [])));
    segments.push({ start, end, text: points.slice(start, end).join(''), codes: segmentCodes, assertions, concepts });
  }
  return { segments: mergePlain(segments), unplacedSpans };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Adjacent segments with identical marks are joined so the DOM stays small. */
function mergePlain(segments: TextSegment[]): TextSegment[] {
  const merged: TextSegment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (
      last &&
      last.end === segment.start &&
      sameList(last.codes, segment.codes) &&
      sameList(last.assertions, segment.assertions) &&
      sameList(last.concepts, segment.concepts)
    ) {
      merged[merged.length - 1] = { ...last, end: segment.end, text: last.text + segment.text };
    } else {
      merged.push(segment);
    }
  }
  return merged;
}

function sameList<T>(a: T[], b: T[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
