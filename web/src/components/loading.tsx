interface LoadingProps {
  label: string;
}

/** An indeterminate progress indicator with a text label screen readers announce. */
export function Loading({ label }: LoadingProps) {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
