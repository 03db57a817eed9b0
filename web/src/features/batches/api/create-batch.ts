import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { uploadWithProgress } from '@/lib/api-client';
import type { UploadProgress } from '@/lib/api-client';
import type { Batch } from '@/types/api';

import { getBatchQueryOptions } from './get-batch';

/** What one POST /api/batches sends: many .txt/.pdf files as repeated `files` parts, or one .zip as `file`. */
export type BatchUpload = { kind: 'files'; files: readonly File[] } | { kind: 'zip'; zip: File };

export function createBatch(
  upload: BatchUpload,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<Batch> {
  const form = new FormData();
  if (upload.kind === 'zip') {
    form.append('file', upload.zip, upload.zip.name);
  } else {
    for (const file of upload.files) form.append('files', file, file.name);
  }
  return uploadWithProgress<Batch>('/batches', form, onProgress, signal);
}

/** Submits a batch in one multipart request, reporting upload progress; the answer primes the batch's cache. */
export function useCreateBatch({ onSuccess }: { onSuccess?: (batch: Batch) => void } = {}) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (upload: BatchUpload) => createBatch(upload, setProgress),
    onSuccess: async (batch) => {
      queryClient.setQueryData(getBatchQueryOptions(batch.id).queryKey, batch);
      await queryClient.invalidateQueries({ queryKey: ['batches', 'list'] });
      onSuccess?.(batch);
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}
