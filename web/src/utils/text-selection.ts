import { utf16ToCodePointIndex } from './code-points';

/** The part of `text` selected inside `container`, with code-point offsets as the API counts them; null when nothing is. */
export function selectedSpan(
  container: HTMLElement | null,
  text: string,
): { start: number; end: number; text: string } | null {
  const selection = typeof window === 'undefined' ? null : window.getSelection();
  if (!container || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(container, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const from = before.toString().length;
  const to = from + range.toString().length;
  if (to > text.length) return null;
  const start = utf16ToCodePointIndex(text, from);
  const end = utf16ToCodePointIndex(text, to);
  return end > start ? { start, end, text: text.slice(from, to) } : null;
}
