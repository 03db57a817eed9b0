import { Link, useParams, useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import type { BatchDocumentsFilter } from '@/features/batches/api/get-batch-documents';
import { BatchDetails } from '@/features/batches/components/batch-details';
import { batchName } from '@/features/batches/utils/batch-name';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { batchDocumentStatuses } from '@/types/api';
import type { BatchDocumentStatus } from '@/types/api';

function parseFilter(searchParams: URLSearchParams): BatchDocumentsFilter {
  const status = searchParams.get('status');
  const page = Number(searchParams.get('page'));
  return {
    status: batchDocumentStatuses.includes(status as BatchDocumentStatus) ? (status as BatchDocumentStatus) : null,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

function toSearch({ status, page }: BatchDocumentsFilter): Record<string, string> {
  return { ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) };
}

export function BatchRoute() {
  const { batchId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const name = batchName(batchId);
  useDocumentTitle(name);
  return (
    <article className="batch-page">
      <p className="batch-page__back">
        <Link to={paths.batches.getHref()}>All batches</Link>
      </p>
      <h1>{name}</h1>
      <BatchDetails
        batchId={batchId}
        filter={parseFilter(searchParams)}
        onFilterChange={(filter) => setSearchParams(toSearch(filter), { replace: true })}
      />
    </article>
  );
}
