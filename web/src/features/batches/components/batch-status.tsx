const labels: Record<string, string> = {
  queued: 'Queued',
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** "Queued", "Running", "Done", "Failed", "Cancelled": a batch's or a batch document's status as a chip. */
export function BatchStatus({ status }: { status: string }) {
  return (
    <span className={`chip chip--status-${status}`} data-status={status}>
      {labels[status] ?? status}
    </span>
  );
}
