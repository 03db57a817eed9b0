import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { DocumentReview } from '@/types/api';

export function getReview(documentId: string, signal?: AbortSignal): Promise<DocumentReview> {
  return apiClient.get<DocumentReview>(`/documents/${encodeURIComponent(documentId)}/review`, signal);
}

export function getReviewQueryOptions(documentId: string) {
  return queryOptions({
    queryKey: ['documents', 'review', documentId],
    queryFn: ({ signal }) => getReview(documentId, signal),
  });
}

export function useReview(documentId: string) {
  return useQuery(getReviewQueryOptions(documentId));
}
