import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { StoredDocument } from '@/types/api';

export function getDocument(id: string, signal?: AbortSignal): Promise<StoredDocument> {
  return apiClient.get<StoredDocument>(`/documents/${encodeURIComponent(id)}`, signal);
}

export function getDocumentQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['documents', 'detail', id],
    queryFn: ({ signal }) => getDocument(id, signal),
  });
}

export function useDocument(id: string) {
  return useQuery(getDocumentQueryOptions(id));
}
