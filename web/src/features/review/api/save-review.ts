import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { DocumentReview, ReviewRequest } from '@/types/api';

import { getReviewQueryOptions } from './get-review';

export function saveReview(documentId: string, request: ReviewRequest): Promise<DocumentReview> {
  return apiClient.put<DocumentReview>(`/documents/${encodeURIComponent(documentId)}/review`, request);
}

/** Saves the review; the answer (the new revision and its history) replaces the cached review. */
export function useSaveReview(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ReviewRequest) => saveReview(documentId, request),
    onSuccess: (review) => {
      queryClient.setQueryData(getReviewQueryOptions(documentId).queryKey, review);
      void queryClient.invalidateQueries({ queryKey: ['reviews', 'stats'] });
    },
  });
}
