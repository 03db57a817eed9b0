import type { Batch } from '@/types/api';

import { batchResultFormats, batchResultsUrl } from '../api/batch-results';
import { isBatchActive } from '../api/get-batch';

/** Links to the streamed results: CSV, JSON Lines and FHIR NDJSON. While the batch runs they hold what is done so far. */
export function BatchDownloads({ batch }: { batch: Batch }) {
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
            >
              Download {label}
            </a>{' '}
            <span className="muted">{description}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
