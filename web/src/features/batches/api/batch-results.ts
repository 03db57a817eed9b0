import { useMutation } from '@tanstack/react-query';

import { apiClient, apiUrl } from '@/lib/api-client';

/** The formats of GET /api/batches/{id}/results. */
export const batchResultFormats = [
  { format: 'csv', label: 'CSV', extension: 'csv', description: 'one row per suggested code' },
  { format: 'jsonl', label: 'JSON Lines', extension: 'jsonl', description: 'one analysis per line' },
  { format: 'fhir', label: 'FHIR NDJSON', extension: 'ndjson', description: 'one FHIR R4 resource per line' },
] as const;

export type BatchResultFormat = (typeof batchResultFormats)[number]['format'];

function batchResultsPath(id: string, format: BatchResultFormat): string {
  return `/batches/${encodeURIComponent(id)}/results?format=${format}`;
}

/** The results download, streamed by the API straight to the browser's download (never held in memory here). */
export function batchResultsUrl(id: string, format: BatchResultFormat): string {
  return apiUrl(batchResultsPath(id, format));
}

/**
 * Fetches the results through the API client, for a signed-in user: a plain link cannot carry the access
 * token. The whole file is held in memory until it is saved, the price of sending the token.
 */
export function useBatchResultsDownload({
  onSuccess,
}: { onSuccess?: (results: Blob, format: BatchResultFormat) => void } = {}) {
  return useMutation({
    mutationFn: ({ id, format }: { id: string; format: BatchResultFormat }) =>
      apiClient.getBlob(batchResultsPath(id, format)),
    onSuccess: (results, { format }) => onSuccess?.(results, format),
  });
}
