import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { uploadWithProgress } from '@/lib/api-client';
import type { UploadProgress } from '@/lib/api-client';
import type { DocumentTextRequest, StoredDocument } from '@/types/api';

import { getDocumentQueryOptions } from './get-document';
import { getDocumentContentQueryOptions } from './get-document-content';

export type UploadInput = { kind: 'file'; file: File } | { kind: 'text'; text: string; filename?: string };

export function uploadDocument(
  input: UploadInput,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<StoredDocument> {
  if (input.kind === 'file') {
    const form = new FormData();
    form.append('file', input.file, input.file.name);
    return uploadWithProgress<StoredDocument>('/documents', form, onProgress, signal);
  }
  const body: DocumentTextRequest = { document_text: input.text, filename: input.filename || null };
  return uploadWithProgress<StoredDocument>('/documents', body, onProgress, signal);
}

/** Uploads and analyses a document, reporting progress; the answer primes the document's cache. */
export function useUploadDocument({ onSuccess }: { onSuccess?: (document: StoredDocument) => void } = {}) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: UploadInput) => uploadDocument(input, setProgress),
    onSuccess: async (document, input) => {
      queryClient.setQueryData(getDocumentQueryOptions(document.id).queryKey, document);
      if (input.kind === 'text') {
        queryClient.setQueryData(getDocumentContentQueryOptions(document.id).queryKey, input.text);
      }
      await queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
      onSuccess?.(document);
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
