import { useId } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { Pagination } from '@/components/pagination';
import { ScrollRegion } from '@/components/scroll-region';
import { paths } from '@/config/paths';
import { batchDocumentStatuses } from '@/types/api';
import type { Batch, BatchDocument, BatchDocumentStatus } from '@/types/api';
import { formatDateTime } from '@/utils/format';

import { batchDocumentsPageSize, useBatchDocuments } from '../api/get-batch-documents';
import type { BatchDocumentsFilter } from '../api/get-batch-documents';

import { BatchStatus } from './batch-status';

interface BatchDocumentsTableProps {
  batch: Batch;
  filter: BatchDocumentsFilter;
  onFilterChange: (filter: BatchDocumentsFilter) => void;
}

const statusLabels: Record<BatchDocumentStatus, string> = {
  queued: 'Queued',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

function countOf(batch: Batch, status: BatchDocumentStatus | null): number {
  return status === null ? batch.total : batch[status];
}

/** What the batch's counts say about its documents: the key that makes the page be read again when it changes. */
function progressKey(batch: Batch): string {
  return `${batch.status}:${batch.done}:${batch.failed}:${batch.cancelled}`;
}

function DocumentName({ document }: { document: BatchDocument }) {
  if (!document.document_id) return <>{document.filename}</>;
  return <Link to={paths.document.getHref(document.document_id)}>{document.filename}</Link>;
}

/** The batch's documents in request order, filtered by status, a page at a time; analysed ones open their analysis. */
export function BatchDocumentsTable({ batch, filter, onFilterChange }: BatchDocumentsTableProps) {
  const documents = useBatchDocuments(batch.id, filter, progressKey(batch));
  const filterId = useId();
  const total = documents.data?.total ?? countOf(batch, filter.status);
  const pageCount = Math.max(1, Math.ceil(total / (documents.data?.page_size || batchDocumentsPageSize)));

  return (
    <section className="batch-documents" aria-labelledby="batch-documents-heading">
      <div className="batch-documents__header">
        <h2 id="batch-documents-heading">Documents</h2>
        <div className="batch-documents__filter">
          <label htmlFor={filterId}>Show</label>
          <select
            id={filterId}
            value={filter.status ?? ''}
            onChange={(event) =>
              onFilterChange({ status: (event.target.value || null) as BatchDocumentStatus | null, page: 1 })
            }
          >
            <option value="">All ({batch.total})</option>
            {batchDocumentStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]} ({countOf(batch, status)})
              </option>
            ))}
          </select>
        </div>
      </div>

      {documents.isPending ? <Loading label="Loading the batch's documents…" /> : null}
      {documents.isError ? <ErrorAlert title="Could not load the batch's documents" error={documents.error} /> : null}
      {documents.data && documents.data.items.length === 0 ? (
        <p className="empty-state">
          {filter.status ? `No ${statusLabels[filter.status].toLowerCase()} documents.` : 'No documents.'}
          {filter.page > 1 ? (
            <>
              {' '}
              <button
                type="button"
                className="button button--link"
                onClick={() => onFilterChange({ ...filter, page: pageCount })}
              >
                Go to page {pageCount}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {documents.data && documents.data.items.length > 0 ? (
        <>
          <ScrollRegion label="Batch documents table">
            <table className="data-table batch-documents-table">
              <caption className="visually-hidden">The batch&apos;s documents in the order they were sent</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    #
                  </th>
                  <th scope="col">Document</th>
                  <th scope="col">Status</th>
                  <th scope="col">Finished</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {documents.data.items.map((document) => (
                  <tr key={document.index} data-status={document.status}>
                    <td className="numeric">{document.index + 1}</td>
                    <th scope="row">
                      <DocumentName document={document} />
                    </th>
                    <td>
                      <BatchStatus status={document.status} />
                    </td>
                    <td>
                      {document.finished_at ? (
                        <time dateTime={document.finished_at}>{formatDateTime(document.finished_at)}</time>
                      ) : (
                        <span className="muted">–</span>
                      )}
                    </td>
                    <td className="batch-documents-table__reason">
                      {document.failure_reason ?? ''}
                      {document.attempts > 1 ? <span className="muted"> ({document.attempts} attempts)</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pagination
            label="Pages of the batch's documents"
            page={filter.page}
            pageCount={pageCount}
            summary={`${total} ${total === 1 ? 'document' : 'documents'}`}
            onPageChange={(page) => onFilterChange({ ...filter, page })}
          />
        </>
      ) : null}
    </section>
  );
}
