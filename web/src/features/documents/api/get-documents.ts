import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { DocumentPage } from '@/types/api';

export const documentsPageSize = 10;

export function getDocuments(page: number, pageSize: number, signal?: AbortSignal): Promise<DocumentPage> {
  const query = new URLSearchParams({ page: String(page), page_size: String(pageSize) });
  return apiClient.get<DocumentPage>(`/documents?${query.toString()}`, signal);
}

export function getDocumentsQueryOptions(page: number, pageSize = documentsPageSize) {
  return queryOptions({
    queryKey: ['documents', 'list', { page, pageSize }],
    queryFn: ({ signal }) => getDocuments(page, pageSize, signal),
    placeholderData: keepPreviousData,
  });
}

export function useDocuments(page: number, pageSize = documentsPageSize) {
  return useQuery(getDocumentsQueryOptions(page, pageSize));
}
