import { ErrorAlert } from '@/components/error-alert';
import { saveFile } from '@/utils/save-file';

import { useDocumentOriginal } from '../api/get-document-original';

interface DownloadOriginalButtonProps {
  id: string;
  filename: string;
}

/**
 * Downloads the stored original under its upload name. Fetched by the API client rather than linked, so
 * that a signed-in user's access token goes with the request (a plain link cannot carry it).
 */
export function DownloadOriginalButton({ id, filename }: DownloadOriginalButtonProps) {
  const original = useDocumentOriginal({ onSuccess: (content) => saveFile(content, filename) });
  return (
    <>
      <button
        type="button"
        className="button button--link"
        disabled={original.isPending}
        onClick={() => original.mutate(id)}
      >
        {original.isPending ? 'Downloading… ' : 'Original '}
        <span className="visually-hidden">{`file ${filename}`}</span>
      </button>
      {original.isError ? <ErrorAlert title="Could not download the original" error={original.error} /> : null}
    </>
  );
}
