import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { StoredDocument } from '@/types/api';

export function getDocumentContent(id: string, signal?: AbortSignal): Promise<string> {
  return apiClient.getText(`/documents/${encodeURIComponent(id)}/content`, signal);
}

export function getDocumentContentQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['documents', 'content', id],
    queryFn: ({ signal }) => getDocumentContent(id, signal),
    staleTime: Infinity,
  });
}

/** True when the stored original is itself the analysed text (plain text uploads and pasted text). */
export function isTextContent(document: StoredDocument): boolean {
  return document.content_type.startsWith('text/');
}

/**
 * The text the analysis' offsets refer to: the analysis' own text when the API returns it (PDFs),
 * else the original bytes of a text document; null when neither exists.
 */
export function useDocumentText(document: StoredDocument | undefined) {
  const fromAnalysis = document?.analysis.text ?? null;
  const needsContent = document !== undefined && fromAnalysis === null && isTextContent(document);
  const content = useQuery({ ...getDocumentContentQueryOptions(document?.id ?? ''), enabled: needsContent });
  if (fromAnalysis !== null) return { text: fromAnalysis, isLoading: false, error: null };
  if (!needsContent) return { text: null, isLoading: false, error: null };
  return { text: content.data ?? null, isLoading: content.isPending, error: content.error };
}
