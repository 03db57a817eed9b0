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

  return { segments: sweep(points, marks, codes), unplacedSpans };
}

interface Piece {
  start: number;
  end: number;
  codes: string[];
  assertions: Assertion[];
  concepts: string[];
}

/**
 * One pass over the sorted mark boundaries, keeping the marks open at each point: linear in the
 * text's boundaries times the (small) number of overlapping marks, so long reports stay fast.
 */
function sweep(points: string[], marks: Mark[], codes: CodeSuggestion[]): TextSegment[] {
  const codeOrder = new Map(codes.map((code, index) => [code.code, index]));
  const opening = new Map<number, number[]>();
  const closing = new Map<number, number[]>();
  const cuts = new Set<number>([0, points.length]);
  marks.forEach((mark, index) => {
    cuts.add(mark.start);
    cuts.add(mark.end);
    opening.set(mark.start, [...(opening.get(mark.start) ?? []), index]);
    closing.set(mark.end, [...(closing.get(mark.end) ?? []), index]);
  });
  const sortedCuts = [...cuts].sort((a, b) => a - b);

  const open = new Set<number>();
  const pieces: Piece[] = [];
  for (let i = 0; i < sortedCuts.length - 1; i += 1) {
    const start = sortedCuts[i] as number;
    const end = sortedCuts[i + 1] as number;
    for (const index of closing.get(start) ?? []) open.delete(index);
    for (const index of opening.get(start) ?? []) open.add(index);
    const covering = [...open].sort((a, b) => a - b).map((index) => marks[index] as Mark);
    pieces.push({
      start,
      end,
      codes: unique(covering.flatMap((mark) => (mark.code ? [mark.code] : []))).sort(
        (a, b) => (codeOrder.get(a) ?? 0) - (codeOrder.get(b) ?? 0),
      ),
      assertions: unique(covering.flatMap((mark) => (mark.assertion ? [mark.assertion] : []))),
      concepts: unique(covering.flatMap((mark) => (mark.concept ? [mark.concept] : []))),
    });
  }

  const segments: TextSegment[] = [];
  for (const piece of pieces) {
    const text = points.slice(piece.start, piece.end).join('');
    const part: TextPart = { text, assertions: piece.assertions, concepts: piece.concepts };
    const last = segments.at(-1);
    if (last && sameList(last.codes, piece.codes)) {
      last.end = piece.end;
      last.text += text;
      last.parts.push(part);
    } else {
      segments.push({ start: piece.start, end: piece.end, text, codes: piece.codes, parts: [part] });
    }
  }
  return segments.map((segment) => ({ ...segment, parts: mergeParts(segment.parts) }));
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
