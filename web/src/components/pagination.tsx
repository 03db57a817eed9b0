interface PaginationProps {
  /** What is paged, for screen readers: "Pages of documents". */
  label: string;
  page: number;
  pageCount: number;
  /** The count after the page: "12 documents". */
  summary: string;
  onPageChange: (page: number) => void;
}

/** Previous / "Page 2 of 5 · 48 documents" / Next; the position is announced politely when it changes. */
export function Pagination({ label, page, pageCount, summary, onPageChange }: PaginationProps) {
  return (
    <nav className="pagination" aria-label={label}>
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPageChange(page - 1)}
      >
        Previous
      </button>
      <span aria-live="polite">
        Page {page} of {pageCount} · {summary}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pageCount}
        onClick={() => onPageChange(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}

interface PastTheEndProps {
  page: number;
  pageCount: number;
  onPageChange: (page: number) => void;
}

/** A page past the end (its last item went away, or a stale link): says so and offers the last page. */
export function PastTheEnd({ page, pageCount, onPageChange }: PastTheEndProps) {
  return (
    <p className="empty-state">
      Page {page} is empty.{' '}
      <button type="button" className="button button--link" onClick={() => onPageChange(pageCount)}>
        Go to page {pageCount}
      </button>
    </p>
  );
}
