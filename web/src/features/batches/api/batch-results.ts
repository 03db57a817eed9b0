import { apiUrl } from '@/lib/api-client';

/** The formats of GET /api/batches/{id}/results. */
export const batchResultFormats = [
  { format: 'csv', label: 'CSV', extension: 'csv', description: 'one row per suggested code' },
  { format: 'jsonl', label: 'JSON Lines', extension: 'jsonl', description: 'one analysis per line' },
  { format: 'fhir', label: 'FHIR NDJSON', extension: 'ndjson', description: 'one FHIR R4 resource per line' },
] as const;

export type BatchResultFormat = (typeof batchResultFormats)[number]['format'];

/** The results download, streamed by the API straight to the browser's download (never held in memory here). */
export function batchResultsUrl(id: string, format: BatchResultFormat): string {
  return apiUrl(`/batches/${encodeURIComponent(id)}/results?format=${format}`);
}
