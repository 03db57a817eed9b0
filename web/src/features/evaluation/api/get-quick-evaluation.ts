import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { QuickEvaluation } from '@/types/api';

export function getQuickEvaluation(signal?: AbortSignal): Promise<QuickEvaluation> {
  return apiClient.get<QuickEvaluation>('/eval/quick', signal);
}

export function getQuickEvaluationQueryOptions() {
  return queryOptions({
    queryKey: ['evaluation', 'quick'],
    queryFn: ({ signal }) => getQuickEvaluation(signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** Runs only once asked to (`enabled`): the evaluation analyses a whole dataset. */
export function useQuickEvaluation(enabled: boolean) {
  return useQuery({ ...getQuickEvaluationQueryOptions(), enabled });
}
