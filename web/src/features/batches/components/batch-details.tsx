import type { ReactNode } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import type { Batch } from '@/types/api';
import { formatDateTime } from '@/utils/format';

import { isBatchActive, useBatch } from '../api/get-batch';
import type { BatchDocumentsFilter } from '../api/get-batch-documents';

import { BatchDocumentsTable } from './batch-documents-table';
import { BatchDownloads } from './batch-downloads';
import { BatchProgress } from './batch-progress';
import { BatchStatus } from './batch-status';
import { CancelBatchButton } from './cancel-batch-button';

interface BatchDetailsProps {
  batchId: string;
  filter: BatchDocumentsFilter;
  onFilterChange: (filter: BatchDocumentsFilter) => void;
  /** How often a queued or running batch is read again (tests shorten it). */
  pollIntervalMs?: number;
}

function Time({ value, pending }: { value: string | null; pending: string }) {
  return value ? <time dateTime={value}>{formatDateTime(value)}</time> : <span className="muted">{pending}</span>;
}

function facts(batch: Batch, active: boolean): { term: string; value: ReactNode; testId?: string }[] {
  return [
    { term: 'Documents', value: batch.total, testId: 'batch-total' },
    { term: 'Done', value: batch.done, testId: 'batch-done' },
    { term: 'Failed', value: batch.failed, testId: 'batch-failed' },
    { term: 'Queued', value: batch.queued, testId: 'batch-queued' },
    { term: 'Cancelled', value: batch.cancelled, testId: 'batch-cancelled' },
    { term: 'Submitted', value: <Time value={batch.created_at} pending="–" /> },
    { term: 'Started', value: <Time value={batch.started_at} pending="Not yet" /> },
    { term: 'Finished', value: <Time value={batch.finished_at} pending={active ? 'Not yet' : '–'} /> },
  ];
}

/** One batch: live progress while it runs, its counts and times, cancel, downloads and its documents. */
export function BatchDetails({ batchId, filter, onFilterChange, pollIntervalMs }: BatchDetailsProps) {
  const query = useBatch(batchId, pollIntervalMs);

  const batch = query.data;
  if (!batch) {
    return query.isError ? (
      <ErrorAlert title="Could not open this batch" error={query.error} />
    ) : (
      <Loading label="Loading the batch…" />
    );
  }

  const active = isBatchActive(batch);
  return (
    <div className="batch-details">
      <div className="batch-details__status">
        <BatchStatus status={batch.status} />
        {active ? <CancelBatchButton key={batch.id} batch={batch} /> : null}
      </div>
      <BatchProgress batch={batch} />
      {query.isError ? <ErrorAlert title="Could not refresh the batch" error={query.error} /> : null}
      <dl className="batch-facts">
        {facts(batch, active).map(({ term, value, testId }) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd data-testid={testId}>{value}</dd>
          </div>
        ))}
      </dl>
      <BatchDownloads batch={batch} />
      <BatchDocumentsTable batch={batch} filter={filter} onFilterChange={onFilterChange} />
    </div>
  );
}
