import { ErrorAlert } from '@/components/error-alert';
import { hasAccessToken } from '@/lib/access-token';
import type { Batch } from '@/types/api';
import { saveFile } from '@/utils/save-file';

import { batchResultFormats, batchResultsUrl, useBatchResultsDownload } from '../api/batch-results';
import { isBatchActive } from '../api/get-batch';

/**
 * Links to the streamed results: CSV, JSON Lines and FHIR NDJSON. While the batch runs they hold what is done
 * so far. Signed in with OpenID Connect, a click fetches the file through the API client instead, so that the
 * access token goes with it; in local mode the link streams straight to disk.
 */
export function BatchDownloads({ batch }: { batch: Batch }) {
  const extensionOf = (format: string) =>
    batchResultFormats.find((entry) => entry.format === format)?.extension ?? 'txt';
  const download = useBatchResultsDownload({
    onSuccess: (results, format) => saveFile(results, `batch-${batch.id}.${extensionOf(format)}`),
  });
  return (
    <section className="batch-downloads" aria-labelledby="batch-downloads-heading">
      <h2 id="batch-downloads-heading">Results</h2>
      {isBatchActive(batch) ? (
        <p className="muted">The batch is still running: a download holds the documents analysed so far.</p>
      ) : null}
      <ul className="batch-downloads__list">
        {batchResultFormats.map(({ format, label, extension, description }) => (
          <li key={format}>
            <a
              className="button button--secondary"
              href={batchResultsUrl(batch.id, format)}
              download={`batch-${batch.id}.${extension}`}
              aria-disabled={download.isPending || undefined}
              onClick={(event) => {
                if (!hasAccessToken()) return;
                event.preventDefault();
                if (!download.isPending) download.mutate({ id: batch.id, format });
              }}
            >
              Download {label}
            </a>{' '}
            <span className="muted">{description}</span>
          </li>
        ))}
      </ul>
      {download.isError ? <ErrorAlert title="Could not download the results" error={download.error} /> : null}
    </section>
  );
}
