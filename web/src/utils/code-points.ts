// The API counts offsets in Unicode code points (Python's str indexing); JavaScript strings index
// UTF-16 units. The two differ only for characters outside the BMP (e.g. emoji), so all slicing of
// document text goes through these helpers.

/** The text split into code points: codePoints(text).slice(start, end).join('') is the API's text[start:end]. */
export function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Converts a UTF-16 index into a code-point index of the same text. */
export function utf16ToCodePointIndex(text: string, utf16Index: number): number {
  return Array.from(text.slice(0, utf16Index)).length;
}
