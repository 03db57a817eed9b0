import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

export function cancelBatch(id: string): Promise<void> {
  return apiClient.delete(`/batches/${encodeURIComponent(id)}`);
}

/** DELETE /api/batches/{id}: cancels the documents not processed yet, then reads the batch again. */
export function useCancelBatch({ onSuccess }: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelBatch,
    onSettled: async (_data, _error, id) => {
      // Also after a 409 (the batch finished meanwhile): show what it is now.
      await queryClient.invalidateQueries({ queryKey: ['batches', 'detail', id] });
      await queryClient.invalidateQueries({ queryKey: ['batches', 'list'] });
    },
    onSuccess: () => onSuccess?.(),
  });
}
