import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { Caller } from '@/types/api';

/** GET /api/me: who the API takes the signed-in user to be (subject, tenant, roles) — by the claims it is configured to read. */
export function getMeQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'me'],
    queryFn: ({ signal }) => apiClient.get<Caller>('/me', signal),
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(getMeQueryOptions());
}
