import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { Pagination, PastTheEnd } from '@/components/pagination';
import { ScrollRegion } from '@/components/scroll-region';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/utils/format';

import { batchesPageSize, useBatches } from '../api/get-batches';
import { batchName } from '../utils/batch-name';

import { BatchStatus } from './batch-status';

interface BatchesListProps {
  page: number;
  onPageChange: (page: number) => void;
  /** How often the list refreshes while a batch on it is still running (tests shorten it). */
  pollIntervalMs?: number;
}

/** Recent batches, newest first, a page at a time, with their status and counts; each opens its detail. */
export function BatchesList({ page, onPageChange, pollIntervalMs }: BatchesListProps) {
  const batches = useBatches(page, pollIntervalMs);

  if (batches.isPending) return <Loading label="Loading batches…" />;
  if (batches.isError) return <ErrorAlert title="Could not load the batches" error={batches.error} />;

  const { items, total, page_size: pageSize } = batches.data;
  const pageCount = Math.max(1, Math.ceil(total / (pageSize || batchesPageSize)));

  if (total === 0) return <p className="empty-state">No batches yet. Choose a folder or files above to start one.</p>;

  if (items.length === 0) {
    return <PastTheEnd page={page} pageCount={pageCount} onPageChange={onPageChange} />;
  }

  return (
    <div className="batches">
      <ScrollRegion label="Recent batches table">
        <table className="data-table batches-table">
          <caption className="visually-hidden">Batches, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Batch</th>
              <th scope="col">Status</th>
              <th scope="col" className="numeric">
                Documents
              </th>
              <th scope="col" className="numeric">
                Done
              </th>
              <th scope="col" className="numeric">
                Failed
              </th>
              <th scope="col">Submitted</th>
            </tr>
          </thead>
          <tbody>
            {items.map((batch) => (
              <tr key={batch.id} data-batch-id={batch.id}>
                <th scope="row">
                  <Link to={paths.batch.getHref(batch.id)}>{batchName(batch.id)}</Link>
                </th>
                <td>
                  <BatchStatus status={batch.status} />
                </td>
                <td className="numeric">{batch.total}</td>
                <td className="numeric">{batch.done}</td>
                <td className="numeric">{batch.failed}</td>
                <td>
                  <time dateTime={batch.created_at}>{formatDateTime(batch.created_at)}</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination
        label="Pages of batches"
        page={page}
        pageCount={pageCount}
        summary={`${total} ${total === 1 ? 'batch' : 'batches'}`}
        onPageChange={onPageChange}
      />
    </div>
  );
}
