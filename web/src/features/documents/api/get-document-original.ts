import { useMutation } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

/** The stored original's bytes, fetched through the API client so a signed-in user's token goes with it. */
export function getDocumentOriginal(id: string, signal?: AbortSignal): Promise<Blob> {
  return apiClient.getBlob(`/documents/${encodeURIComponent(id)}/content`, signal);
}

/** Fetches the original on demand (a click). */
export function useDocumentOriginal({ onSuccess }: { onSuccess?: (original: Blob) => void } = {}) {
  return useMutation({ mutationFn: (id: string) => getDocumentOriginal(id), onSuccess });
}
