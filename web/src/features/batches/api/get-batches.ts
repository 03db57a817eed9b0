import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { BatchPage } from '@/types/api';

import { isBatchActive } from './get-batch';

export const batchesPageSize = 10;

/** How often the list is refreshed while one of its batches is still queued or running. */
export const batchesListPollIntervalMs = 2000;

export function getBatches(page: number, pageSize: number, signal?: AbortSignal): Promise<BatchPage> {
  const query = new URLSearchParams({ page: String(page), page_size: String(pageSize) });
  return apiClient.get<BatchPage>(`/batches?${query.toString()}`, signal);
}

export function getBatchesQueryOptions(
  page: number,
  pageSize = batchesPageSize,
  pollIntervalMs = batchesListPollIntervalMs,
) {
  return queryOptions({
    queryKey: ['batches', 'list', { page, pageSize }],
    queryFn: ({ signal }) => getBatches(page, pageSize, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(isBatchActive) ? pollIntervalMs : false),
  });
}

export function useBatches(page: number, pollIntervalMs?: number) {
  return useQuery(getBatchesQueryOptions(page, batchesPageSize, pollIntervalMs));
}
