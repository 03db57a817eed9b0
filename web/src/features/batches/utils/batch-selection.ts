/** A file the user picked or dropped, with where it sits in the chosen folder ("notes/2026/a.txt"). */
export interface PickedFile {
  file: File;
  path: string;
}

/** A picked file that is not sent, and why: the API would refuse it. */
export interface RefusedFile {
  path: string;
  reason: string;
}

/**
 * What a selection sends: nothing, repeated `files` parts of .txt/.pdf files, or one .zip as `file`.
 * Files the API would refuse are listed with the reason instead of being sent.
 */
export type BatchPlan =
  | { kind: 'empty'; refused: RefusedFile[] }
  | { kind: 'files'; files: PickedFile[]; bytes: number; refused: RefusedFile[] }
  | { kind: 'zip'; zip: PickedFile; refused: RefusedFile[] };

const documentExtensions = new Set(['.txt', '.pdf']);

/** The extension as the API reads it (lower-cased, with its dot; '' when there is none): "Scan.PDF" → ".pdf". */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

function refusal(picked: PickedFile, alongsideOthers: boolean): string | null {
  const extension = extensionOf(picked.file.name);
  if (extension === '.zip') {
    return alongsideOthers ? 'A .zip is sent on its own: choose only the archive to analyse what it holds.' : null;
  }
  if (!documentExtensions.has(extension)) {
    return `Only .txt and .pdf files are accepted; the file's extension is '${extension || '(none)'}'.`;
  }
  if (picked.file.size === 0) return 'The file is empty.';
  return null;
}

/** Decides what a selection sends, in the order the files were picked. */
export function planBatch(picked: readonly PickedFile[]): BatchPlan {
  const alongsideOthers = picked.length > 1;
  const refused: RefusedFile[] = [];
  const sent: PickedFile[] = [];
  for (const item of picked) {
    const reason = refusal(item, alongsideOthers);
    if (reason === null) sent.push(item);
    else refused.push({ path: item.path, reason });
  }
  const [only] = sent;
  if (only && extensionOf(only.file.name) === '.zip') return { kind: 'zip', zip: only, refused };
  if (sent.length === 0) return { kind: 'empty', refused };
  return { kind: 'files', files: sent, bytes: sent.reduce((sum, item) => sum + item.file.size, 0), refused };
}

/** Adds newly picked files to a selection, keeping the first of any path picked twice. */
export function mergePicked(current: readonly PickedFile[], added: readonly PickedFile[]): PickedFile[] {
  const seen = new Set(current.map((item) => item.path));
  const merged = [...current];
  for (const item of added) {
    if (seen.has(item.path)) continue;
    seen.add(item.path);
    merged.push(item);
  }
  return merged;
}

/** Files from a file input: a folder picker (webkitdirectory) gives each file its path inside the folder. */
export function pickedFromList(files: FileList | readonly File[]): PickedFile[] {
  return Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    into.push({ file: await fileOf(entry as FileSystemFileEntry), path: entry.fullPath.replace(/^\//, '') });
    return;
  }
  if (!entry.isDirectory) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries answers in chunks (100 at a time in Chromium) until it answers an empty list.
  for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
    for (const child of chunk) await walk(child, into);
  }
}

/**
 * The files of a drop, folders walked recursively. A dropped folder only appears as a directory entry
 * (DataTransfer.files holds an empty placeholder for it), so its files are read through the entries API;
 * browsers without it fall back to the plain file list.
 */
export async function pickedFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) return pickedFromList(data.files);
  const picked: PickedFile[] = [];
  for (const entry of entries) await walk(entry as FileSystemEntry, picked);
  return picked;
}
