import { useMutation } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

/** The stored analysis as a FHIR R4 Bundle (application/fhir+json), as text to save. */
export function getDocumentFhir(id: string, signal?: AbortSignal): Promise<string> {
  return apiClient.getText(`/documents/${encodeURIComponent(id)}/fhir`, signal);
}

/** Fetches the bundle on demand (a click), not on page load. */
export function useDocumentFhir({ onSuccess }: { onSuccess?: (bundle: string) => void } = {}) {
  return useMutation({ mutationFn: (id: string) => getDocumentFhir(id), onSuccess });
}
