import { Link } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { Pagination, PastTheEnd } from '@/components/pagination';
import { ScrollRegion } from '@/components/scroll-region';
import { paths } from '@/config/paths';
import { formatBytes, formatDateTime } from '@/utils/format';

import { documentsPageSize, useDocuments } from '../api/get-documents';

import { DeleteDocumentButton } from './delete-document-button';

interface DocumentsListProps {
  page: number;
  onPageChange: (page: number) => void;
}

/** Stored documents, newest first, a page at a time; open or delete each. */
export function DocumentsList({ page, onPageChange }: DocumentsListProps) {
  const documents = useDocuments(page);

  if (documents.isPending) return <Loading label="Loading documents…" />;
  if (documents.isError) return <ErrorAlert title="Could not load the documents" error={documents.error} />;

  const { items, total, page_size: pageSize } = documents.data;
  const pageCount = Math.max(1, Math.ceil(total / (pageSize || documentsPageSize)));

  if (total === 0) {
    return (
      <p className="empty-state">
        No documents yet. <Link to={paths.home.getHref()}>Analyse one</Link> to start.
      </p>
    );
  }

  if (items.length === 0) {
    // The page ran past the end (its last document was deleted, or a stale link).
    return <PastTheEnd page={page} pageCount={pageCount} onPageChange={onPageChange} />;
  }

  return (
    <div className="documents">
      <ScrollRegion label="Stored documents table">
        <table className="data-table documents-table">
          <caption className="visually-hidden">Stored documents, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Type</th>
              <th scope="col" className="numeric">
                Codes
              </th>
              <th scope="col">Size</th>
              <th scope="col">Uploaded</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} data-document-id={item.id}>
                <th scope="row">
                  <Link to={paths.document.getHref(item.id)}>{item.filename}</Link>
                </th>
                <td>{item.document_type}</td>
                <td className="numeric">{item.code_count}</td>
                <td>{formatBytes(item.size_bytes)}</td>
                <td>
                  <time dateTime={item.created_at}>{formatDateTime(item.created_at)}</time>
                </td>
                <td className="actions">
                  <DeleteDocumentButton id={item.id} filename={item.filename} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <Pagination
        label="Pages of documents"
        page={page}
        pageCount={pageCount}
        summary={`${total} ${total === 1 ? 'document' : 'documents'}`}
        onPageChange={onPageChange}
      />
    </div>
  );
}
