import { useEffect, useRef, useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import type { Batch } from '@/types/api';

import { useCancelBatch } from '../api/cancel-batch';

/** Cancel the documents not processed yet, after an explicit confirmation; focus moves to the safe choice. */
export function CancelBatchButton({ batch }: { batch: Batch }) {
  const [confirming, setConfirming] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const cancel = useCancelBatch({ onSuccess: () => setConfirming(false) });

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <div className="batch-cancel">
        <button type="button" className="button button--danger-outline" onClick={() => setConfirming(true)}>
          Cancel batch
        </button>
      </div>
    );
  }

  return (
    <div className="confirm batch-cancel" role="group" aria-label="Confirm cancelling the batch">
      <span className="confirm__question">
        Cancel the {batch.queued} {batch.queued === 1 ? 'document' : 'documents'} not processed yet? Documents already
        analysed stay stored.
      </span>
      <button
        type="button"
        className="button button--danger"
        disabled={cancel.isPending}
        onClick={() => cancel.mutate(batch.id)}
      >
        {cancel.isPending ? 'Cancelling…' : 'Yes, cancel the batch'}
      </button>
      <button
        ref={keepRef}
        type="button"
        className="button button--secondary"
        disabled={cancel.isPending}
        onClick={() => {
          cancel.reset();
          setConfirming(false);
        }}
      >
        Keep it running
      </button>
      {cancel.isError ? <ErrorAlert title="Could not cancel the batch" error={cancel.error} /> : null}
    </div>
  );
}
