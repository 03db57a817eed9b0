import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { CodeSearch } from '@/types/api';

export function searchCodes(query: string, signal?: AbortSignal): Promise<CodeSearch> {
  return apiClient.get<CodeSearch>(`/codes?q=${encodeURIComponent(query)}&limit=10`, signal);
}

export function searchCodesQueryOptions(query: string) {
  return queryOptions({
    queryKey: ['codes', 'search', query],
    queryFn: ({ signal }) => searchCodes(query, signal),
    enabled: query.trim().length > 0,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}

export function useCodeSearch(query: string) {
  return useQuery(searchCodesQueryOptions(query.trim()));
}
