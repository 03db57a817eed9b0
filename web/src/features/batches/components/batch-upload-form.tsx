import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';

import { Dropzone } from '@/components/dropzone';
import { ErrorAlert } from '@/components/error-alert';
import type { UploadProgress } from '@/lib/api-client';
import type { Batch } from '@/types/api';
import { formatBytes, formatPercent } from '@/utils/format';

import { useCreateBatch } from '../api/create-batch';
import type { BatchUpload } from '../api/create-batch';
import { mergePicked, pickedFromDrop, pickedFromList, planBatch } from '../utils/batch-selection';
import type { BatchPlan, PickedFile } from '../utils/batch-selection';

interface BatchUploadFormProps {
  onCreated: (batch: Batch) => void;
}

const acceptedTypes = '.txt,.pdf,.zip,text/plain,application/pdf,application/zip';
/** Names listed at most, so that a folder of thousands of files does not flood the page. */
const listedAtMost = 200;

function uploadOf(plan: BatchPlan): BatchUpload | null {
  if (plan.kind === 'zip') return { kind: 'zip', zip: plan.zip.file };
  if (plan.kind === 'files') return { kind: 'files', files: plan.files.map((item) => item.file) };
  return null;
}

/** Lets the folder picker choose a directory: React has no typed prop for the non-standard attribute. */
function asFolderPicker(input: HTMLInputElement | null) {
  input?.setAttribute('webkitdirectory', '');
}

/**
 * Submit a batch: drop or pick a folder, many files or one .zip. Only .txt and .pdf files are sent; the
 * rest are listed as not sent, with the reason the API would give. Sends one multipart request with
 * upload progress.
 */
export function BatchUploadForm({ onCreated }: BatchUploadFormProps) {
  const upload = useCreateBatch({ onSuccess: onCreated });
  const [picked, setPicked] = useState<PickedFile[]>([]);
  const [inputError, setInputError] = useState<string | null>(null);
  const ids = { files: useId(), folder: useId(), hint: useId(), heading: useId() };
  const busy = upload.isPending;
  const plan = planBatch(picked);

  const add = (added: PickedFile[]) => {
    setInputError(null);
    upload.reset();
    setPicked((current) => mergePicked(current, added));
  };

  const onPicked = (event: ChangeEvent<HTMLInputElement>) => {
    add(pickedFromList(event.target.files ?? []));
    // Picking the same files again must fire a change too.
    event.target.value = '';
  };

  const onDropped = (data: DataTransfer) => {
    pickedFromDrop(data).then(add, () => setInputError('The dropped files could not be read.'));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = uploadOf(plan);
    if (!chosen) {
      setInputError(
        picked.length === 0 ? 'Choose a folder, files or a .zip first.' : 'None of the chosen files can be analysed.',
      );
      return;
    }
    setInputError(null);
    upload.mutate(chosen);
  };

  return (
    <form className="panel batch-upload" onSubmit={submit} aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>Start a batch</h2>
      <Dropzone onDropped={onDropped} disabled={busy} testId="batch-dropzone">
        <p id={ids.hint}>Drop a folder, many files or one .zip here (.txt and .pdf files are analysed), or</p>
        <div className="batch-upload__pickers">
          <input
            id={ids.files}
            className="visually-hidden file-input"
            type="file"
            multiple
            accept={acceptedTypes}
            aria-describedby={ids.hint}
            disabled={busy}
            onChange={onPicked}
          />
          <label htmlFor={ids.files} className="button button--secondary">
            Choose files
          </label>
          <input
            id={ids.folder}
            ref={asFolderPicker}
            className="visually-hidden file-input"
            type="file"
            multiple
            aria-describedby={ids.hint}
            disabled={busy}
            onChange={onPicked}
          />
          <label htmlFor={ids.folder} className="button button--secondary">
            Choose a folder
          </label>
        </div>
      </Dropzone>

      {picked.length > 0 ? <SelectionSummary plan={plan} /> : null}

      <div className="batch-upload__actions">
        <button type="submit" className="button button--primary" disabled={busy || plan.kind === 'empty'}>
          Start batch
        </button>
        {picked.length > 0 ? (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => {
              setPicked([]);
              setInputError(null);
              upload.reset();
            }}
          >
            Clear selection
          </button>
        ) : null}
      </div>

      {busy ? <BatchUploadProgress progress={upload.progress} plan={plan} /> : null}
      {inputError ? (
        <div className="alert alert--error" role="alert">
          {inputError}
        </div>
      ) : null}
      {upload.isError ? <ErrorAlert title="The batch was not accepted" error={upload.error} /> : null}
    </form>
  );
}

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

function SelectionSummary({ plan }: { plan: BatchPlan }) {
  return (
    <div className="batch-selection" data-testid="batch-selection">
      {plan.kind === 'files' ? (
        <>
          <p className="batch-selection__sent">
            <strong>{plural(plan.files.length, 'file', 'files')} to analyse</strong>{' '}
            <span className="muted">({formatBytes(plan.bytes)})</span>
          </p>
          <details>
            <summary>Show the files</summary>
            <ul className="batch-selection__list" aria-label="Files to analyse">
              {plan.files.slice(0, listedAtMost).map((item) => (
                <li key={item.path}>{item.path}</li>
              ))}
            </ul>
            {plan.files.length > listedAtMost ? (
              <p className="muted">and {plan.files.length - listedAtMost} more</p>
            ) : null}
          </details>
        </>
      ) : null}
      {plan.kind === 'zip' ? (
        <p className="batch-selection__sent">
          <strong>{plan.zip.path}</strong> <span className="muted">({formatBytes(plan.zip.file.size)})</span>: the
          server unpacks it and analyses its .txt and .pdf files; any other entry fails with its reason.
        </p>
      ) : null}
      {plan.refused.length > 0 ? (
        <div className="batch-selection__refused">
          <p>
            <strong>Not sent: {plural(plan.refused.length, 'file', 'files')}</strong>
          </p>
          <ul aria-label="Files not sent">
            {plan.refused.slice(0, listedAtMost).map((item) => (
              <li key={item.path}>
                <span className="batch-selection__name">{item.path}</span> — {item.reason}
              </li>
            ))}
          </ul>
          {plan.refused.length > listedAtMost ? (
            <p className="muted">and {plan.refused.length - listedAtMost} more</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function BatchUploadProgress({ progress, plan }: { progress: UploadProgress | null; plan: BatchPlan }) {
  const fraction = progress?.fraction ?? 0;
  const what =
    plan.kind === 'zip' ? plan.zip.path : plural(plan.kind === 'files' ? plan.files.length : 0, 'file', 'files');
  const uploading = (progress?.phase ?? 'uploading') === 'uploading';
  return (
    <div className="upload-progress" role="status" aria-live="polite">
      {uploading ? (
        <progress max={1} value={fraction} aria-label="Upload progress" />
      ) : (
        <progress aria-label="Queuing the batch" />
      )}
      <span>{uploading ? `Uploading ${what}… ${formatPercent(fraction)}` : 'Queuing the batch…'}</span>
    </div>
  );
}
