import { describe, expect, it } from 'vitest';

import { extensionOf, mergePicked, pickedFromDrop, planBatch } from '../batch-selection';
import type { PickedFile } from '../batch-selection';

function picked(path: string, content = 'IMPRESSION: Normal.'): PickedFile {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return { file: new File([content], name), path };
}

describe('planBatch', () => {
  it('sends .txt and .pdf files in the order picked and counts their bytes', () => {
    const plan = planBatch([picked('b.TXT', 'abc'), picked('a.pdf', 'de')]);
    expect(plan.kind).toBe('files');
    if (plan.kind !== 'files') return;
    expect(plan.files.map((item) => item.path)).toEqual(['b.TXT', 'a.pdf']);
    expect(plan.bytes).toBe(5);
    expect(plan.refused).toEqual([]);
  });

  it('refuses other types and empty files with the reason', () => {
    const plan = planBatch([picked('ok.txt'), picked('scan.docx'), picked('README'), picked('blank.txt', '')]);
    expect(plan.refused).toEqual([
      { path: 'scan.docx', reason: "Only .txt and .pdf files are accepted; the file's extension is '.docx'." },
      { path: 'README', reason: "Only .txt and .pdf files are accepted; the file's extension is '(none)'." },
      { path: 'blank.txt', reason: 'The file is empty.' },
    ]);
  });

  it('sends a .zip picked alone as the archive, and refuses one picked with other files', () => {
    expect(planBatch([picked('night.zip')]).kind).toBe('zip');
    const mixed = planBatch([picked('night.zip'), picked('a.txt')]);
    expect(mixed.kind).toBe('files');
    expect(mixed.refused.map((item) => item.path)).toEqual(['night.zip']);
  });

  it('sends nothing when nothing can be analysed', () => {
    expect(planBatch([]).kind).toBe('empty');
    expect(planBatch([picked('x.png')]).kind).toBe('empty');
  });
});

describe('extensionOf', () => {
  it('reads the extension as the api does', () => {
    expect(extensionOf('Scan.PDF')).toBe('.pdf');
    expect(extensionOf('archive.tar.gz')).toBe('.gz');
    expect(extensionOf('notes')).toBe('');
  });
});

describe('mergePicked', () => {
  it('adds new paths and keeps the first of a path picked twice', () => {
    const first = picked('a.txt');
    const merged = mergePicked([first], [picked('a.txt', 'other'), picked('b.txt')]);
    expect(merged.map((item) => item.path)).toEqual(['a.txt', 'b.txt']);
    expect(merged[0]).toBe(first);
  });
});

type Entry = FileSystemEntry & { children?: Entry[]; content?: File };

function fileEntry(fullPath: string): Entry {
  const file = new File(['text'], fullPath.slice(fullPath.lastIndexOf('/') + 1));
  return {
    isFile: true,
    isDirectory: false,
    fullPath,
    file: (resolve: (file: File) => void) => resolve(file),
  } as unknown as Entry;
}

function directoryEntry(fullPath: string, children: Entry[]): Entry {
  return {
    isFile: false,
    isDirectory: true,
    fullPath,
    createReader: () => {
      // Answers in chunks of two, then an empty list, as browsers do (in larger chunks).
      let offset = 0;
      return {
        readEntries: (resolve: (entries: Entry[]) => void) => {
          const chunk = children.slice(offset, offset + 2);
          offset += chunk.length;
          resolve(chunk);
        },
      };
    },
  } as unknown as Entry;
}

describe('pickedFromDrop', () => {
  it('walks dropped folders recursively, reading every chunk of entries', async () => {
    const folder = directoryEntry('/night', [
      fileEntry('/night/a.txt'),
      directoryEntry('/night/ward', [fileEntry('/night/ward/b.txt'), fileEntry('/night/ward/c.pdf')]),
      fileEntry('/night/d.txt'),
    ]);
    const data = {
      items: [
        { kind: 'file', webkitGetAsEntry: () => folder },
        { kind: 'file', webkitGetAsEntry: () => fileEntry('/loose.txt') },
      ],
      files: [],
    } as unknown as DataTransfer;

    const files = await pickedFromDrop(data);

    expect(files.map((item) => item.path)).toEqual([
      'night/a.txt',
      'night/ward/b.txt',
      'night/ward/c.pdf',
      'night/d.txt',
      'loose.txt',
    ]);
    expect(files[2]?.file.name).toBe('c.pdf');
  });

  it('falls back to the file list when the browser gives no entries', async () => {
    const file = new File(['x'], 'a.txt');
    const files = await pickedFromDrop({ items: undefined, files: [file] } as unknown as DataTransfer);
    expect(files).toEqual([{ file, path: 'a.txt' }]);
  });
});
