import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { ReviewStats } from '@/types/api';

export function getReviewStats(signal?: AbortSignal): Promise<ReviewStats> {
  return apiClient.get<ReviewStats>('/reviews/stats', signal);
}

/** Saving a review invalidates this key (features/review), so the page shows the newest decisions. */
export function getReviewStatsQueryOptions() {
  return queryOptions({
    queryKey: ['reviews', 'stats'],
    queryFn: ({ signal }) => getReviewStats(signal),
  });
}

export function useReviewStats() {
  return useQuery(getReviewStatsQueryOptions());
}
