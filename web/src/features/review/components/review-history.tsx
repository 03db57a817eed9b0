import type { DocumentReview } from '@/types/api';
import { formatDateTime } from '@/utils/format';

/** Every saved revision, newest first: who, when, status and what changed. */
export function ReviewHistory({ review }: { review: DocumentReview }) {
  if (review.history.length === 0) return null;
  return (
    <details className="review__history">
      <summary>
        History ({review.history.length} {review.history.length === 1 ? 'revision' : 'revisions'})
      </summary>
      <ol reversed>
        {review.history.map((revision) => (
          <li key={String(revision.revision)}>
            Revision {String(revision.revision)} · {revision.reviewer} ·{' '}
            <time dateTime={revision.reviewed_at}>{formatDateTime(revision.reviewed_at)}</time> ·{' '}
            {revision.status === 'reviewed' ? 'reviewed' : 'in progress'} · engine {revision.engine_version}
            {revision.changes.length > 0 ? (
              <ul>
                {revision.changes.map((change) => (
                  <li key={change.code}>
                    {change.code}: {change.before ?? 'none'} → {change.after ?? 'removed'}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
