import { useEffect, useRef, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';

import { useDeleteDocument } from '../api/delete-document';

interface DeleteDocumentButtonProps {
  id: string;
  filename: string;
  onDeleted?: (id: string) => void;
}

/** Delete with an explicit confirmation step; focus moves to the safe choice. */
export function DeleteDocumentButton({ id, filename, onDeleted }: DeleteDocumentButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deletion = useDeleteDocument({ onSuccess: onDeleted });

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--danger-outline"
        aria-label={`Delete ${filename}`}
        onClick={() => setConfirming(true)}
      >
        Delete
      </button>
    );
  }

  return (
    <div className="confirm" role="group" aria-label={`Confirm deleting ${filename}`}>
      <span className="confirm__question">Delete “{filename}” permanently?</span>
      <button
        type="button"
        className="button button--danger"
        disabled={deletion.isPending}
        onClick={() => deletion.mutate(id)}
      >
        {deletion.isPending ? 'Deleting…' : 'Yes, delete'}
      </button>
      <button
        ref={cancelRef}
        type="button"
        className="button button--secondary"
        disabled={deletion.isPending}
        onClick={() => {
          deletion.reset();
          setConfirming(false);
        }}
      >
        Cancel
      </button>
      {deletion.isError ? <ErrorAlert title="Could not delete" error={deletion.error} /> : null}
    </div>
  );
}
