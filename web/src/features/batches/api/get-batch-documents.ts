import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { BatchDocumentPage, BatchDocumentStatus } from '@/types/api';

export const batchDocumentsPageSize = 50;

/** Which documents of a batch to show: a status (null for all) and a page. */
export interface BatchDocumentsFilter {
  status: BatchDocumentStatus | null;
  page: number;
}

export function getBatchDocuments(
  id: string,
  { status, page }: BatchDocumentsFilter,
  pageSize: number,
  signal?: AbortSignal,
): Promise<BatchDocumentPage> {
  const query = new URLSearchParams({ page: String(page), page_size: String(pageSize) });
  if (status) query.set('status', status);
  return apiClient.get<BatchDocumentPage>(`/batches/${encodeURIComponent(id)}/documents?${query.toString()}`, signal);
}

/**
 * A page of the batch's documents. `progress` names how far the batch has got (its counts): when the
 * polled batch moves on, the key changes and the page is read again; a finished batch's page is read once.
 */
export function getBatchDocumentsQueryOptions(
  id: string,
  filter: BatchDocumentsFilter,
  progress: string,
  pageSize = batchDocumentsPageSize,
) {
  return queryOptions({
    queryKey: ['batches', 'documents', id, { ...filter, pageSize, progress }],
    queryFn: ({ signal }) => getBatchDocuments(id, filter, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useBatchDocuments(id: string, filter: BatchDocumentsFilter, progress: string) {
  return useQuery(getBatchDocumentsQueryOptions(id, filter, progress));
}
