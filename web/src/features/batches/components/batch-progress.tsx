import type { Batch } from '@/types/api';
import { formatPercent } from '@/utils/format';

import { isBatchActive } from '../api/get-batch';

/** Documents nothing more will happen to: analysed, failed or cancelled. */
export function settledCount(batch: Batch): number {
  return batch.done + batch.failed + batch.cancelled;
}

function sentence(batch: Batch): string {
  const processed = batch.done + batch.failed;
  const counts = `${processed} of ${batch.total} ${batch.total === 1 ? 'document' : 'documents'} processed`;
  const failed = batch.failed > 0 ? `, ${batch.failed} failed` : '';
  const cancelled = batch.cancelled > 0 ? `, ${batch.cancelled} cancelled` : '';
  switch (batch.status) {
    case 'queued':
      return `Queued: ${counts}${failed}.`;
    case 'running':
      return `Running: ${counts} (${formatPercent(batch.total ? processed / batch.total : 0)})${failed}.`;
    case 'done':
      return `Done: ${counts}${failed}${cancelled}.`;
    case 'cancelled':
      return `Cancelled: ${counts}${failed}${cancelled}.`;
    default:
      return `${batch.status}: ${counts}${failed}${cancelled}.`;
  }
}

/** The batch's progress bar and a sentence screen readers hear as it changes (polite live region). */
export function BatchProgress({ batch }: { batch: Batch }) {
  return (
    <div className="batch-progress">
      <progress
        max={Math.max(1, batch.total)}
        value={settledCount(batch)}
        aria-label="Batch progress"
        data-active={isBatchActive(batch) ? 'true' : 'false'}
      />
      <p className="batch-progress__text" role="status" aria-live="polite" data-testid="batch-progress-text">
        {sentence(batch)}
      </p>
    </div>
  );
}
