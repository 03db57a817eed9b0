import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { Batch } from '@/types/api';

/** How often a batch that is still queued or running is asked for again. */
export const batchPollIntervalMs = 1000;

/** Queued or running: its counts still change. */
export function isBatchActive(batch: Pick<Batch, 'status'>): boolean {
  return batch.status === 'queued' || batch.status === 'running';
}

export function getBatch(id: string, signal?: AbortSignal): Promise<Batch> {
  return apiClient.get<Batch>(`/batches/${encodeURIComponent(id)}`, signal);
}

/** Polls while the batch is queued or running and stops once it is done or cancelled (or cannot be read). */
export function getBatchQueryOptions(id: string, pollIntervalMs = batchPollIntervalMs) {
  return queryOptions({
    queryKey: ['batches', 'detail', id],
    queryFn: ({ signal }) => getBatch(id, signal),
    refetchInterval: (query) => {
      const batch = query.state.data;
      if (!batch) return query.state.status === 'error' ? false : pollIntervalMs;
      return isBatchActive(batch) ? pollIntervalMs : false;
    },
  });
}

export function useBatch(id: string, pollIntervalMs?: number) {
  return useQuery(getBatchQueryOptions(id, pollIntervalMs));
}
