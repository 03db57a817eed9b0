import { useId, useState } from 'react';
import type { FormEvent } from 'react';

import { Dropzone } from '@/components/dropzone';
import { ErrorAlert } from '@/components/error-alert';
import type { StoredDocument } from '@/types/api';
import { formatBytes, formatPercent } from '@/utils/format';

import { useUploadDocument } from '../api/upload-document';

interface UploadFormProps {
  onUploaded: (document: StoredDocument) => void;
}

const acceptedTypes = '.txt,.pdf,text/plain,application/pdf';

/** Submit a document: drop or pick a .txt/.pdf file, or paste text; shows progress and the API's refusal. */
export function UploadForm({ onUploaded }: UploadFormProps) {
  const upload = useUploadDocument({ onSuccess: onUploaded });
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [filename, setFilename] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const ids = { file: useId(), text: useId(), name: useId(), dropHint: useId() };
  const busy = upload.isPending;

  const chooseFile = (chosen: File | null | undefined) => {
    setInputError(null);
    upload.reset();
    setFile(chosen ?? null);
  };

  const onDropped = (data: DataTransfer) => {
    const dropped = data.files;
    if (dropped.length > 1) {
      setInputError('Drop one file at a time.');
      return;
    }
    chooseFile(dropped[0]);
  };

  const submitFile = (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setInputError('Choose a .txt or .pdf file first.');
      return;
    }
    setInputError(null);
    upload.mutate({ kind: 'file', file });
  };

  const submitText = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setInputError('Paste the document text first.');
      return;
    }
    setInputError(null);
    upload.mutate({ kind: 'text', text, filename: filename.trim() || undefined });
  };

  return (
    <div className="upload">
      <div className="upload__grid">
        <form className="panel upload__file" onSubmit={submitFile} aria-labelledby={`${ids.file}-heading`}>
          <h2 id={`${ids.file}-heading`}>Upload a file</h2>
          <Dropzone onDropped={onDropped} disabled={busy} testId="dropzone">
            <p id={ids.dropHint}>Drag a lab report, imaging report or clinical note here (.txt or .pdf), or</p>
            <input
              id={ids.file}
              className="visually-hidden file-input"
              type="file"
              name="file"
              accept={acceptedTypes}
              aria-describedby={ids.dropHint}
              disabled={busy}
              onChange={(event) => chooseFile(event.target.files?.[0])}
            />
            <label htmlFor={ids.file} className="button button--secondary">
              Choose a file
            </label>
            {file ? (
              <p className="dropzone__file" data-testid="chosen-file">
                <strong>{file.name}</strong> <span className="muted">({formatBytes(file.size)})</span>
              </p>
            ) : null}
          </Dropzone>
          <button type="submit" className="button button--primary" disabled={busy || !file}>
            Analyse file
          </button>
        </form>

        <form className="panel upload__text" onSubmit={submitText} aria-labelledby={`${ids.text}-heading`}>
          <h2 id={`${ids.text}-heading`}>Or paste text</h2>
          <label htmlFor={ids.text}>Document text</label>
          <textarea
            id={ids.text}
            name="document_text"
            rows={9}
            value={text}
            disabled={busy}
            placeholder="FINDINGS: The lungs are clear. No pleural effusion…"
            onChange={(event) => {
              setText(event.target.value);
              setInputError(null);
            }}
          />
          <label htmlFor={ids.name}>Name (optional)</label>
          <input
            id={ids.name}
            type="text"
            name="filename"
            value={filename}
            disabled={busy}
            placeholder="pasted-note.txt"
            onChange={(event) => setFilename(event.target.value)}
          />
          <button type="submit" className="button button--primary" disabled={busy}>
            Analyse text
          </button>
        </form>
      </div>

      {busy ? (
        <UploadProgressBar fraction={upload.progress?.fraction ?? 0} phase={upload.progress?.phase ?? 'uploading'} />
      ) : null}
      {inputError ? (
        <div className="alert alert--error" role="alert">
          {inputError}
        </div>
      ) : null}
      {upload.isError ? <ErrorAlert title="The document was not accepted" error={upload.error} /> : null}
    </div>
  );
}

function UploadProgressBar({ fraction, phase }: { fraction: number; phase: 'uploading' | 'analysing' }) {
  const label = phase === 'uploading' ? `Uploading… ${formatPercent(fraction)}` : 'Analysing the document…';
  return (
    <div className="upload-progress" role="status" aria-live="polite">
      {phase === 'uploading' ? (
        <progress max={1} value={fraction} aria-label="Upload progress" />
      ) : (
        <progress aria-label="Analysis in progress" />
      )}
      <span>{label}</span>
    </div>
  );
}
