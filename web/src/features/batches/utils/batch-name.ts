/** A batch has no name of its own: "Batch 3f2a9c1e", the first eight hex digits of its id. */
export function batchName(id: string): string {
  return `Batch ${id.replace(/-/g, '').slice(0, 8)}`;
}
