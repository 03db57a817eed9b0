import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';

export function deleteDocument(id: string): Promise<void> {
  return apiClient.delete(`/documents/${encodeURIComponent(id)}`);
}

export function useDeleteDocument({ onSuccess }: { onSuccess?: (id: string) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDocument,
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: ['documents', 'detail', id] });
      queryClient.removeQueries({ queryKey: ['documents', 'content', id] });
      await queryClient.invalidateQueries({ queryKey: ['documents', 'list'] });
      onSuccess?.(id);
    },
  });
}
