import { formatPercent } from '@/utils/format';

interface MetricCardProps {
  label: string;
  value: number;
  threshold?: number;
  detail?: string;
}

/** One metric against its threshold: the pass/fail word is written, not only coloured. */
export function MetricCard({ label, value, threshold, detail }: MetricCardProps) {
  const passed = threshold === undefined ? undefined : value >= threshold;
  return (
    <div className={`metric${passed === undefined ? '' : passed ? ' metric--pass' : ' metric--fail'}`}>
      <span className="metric__label">{label}</span>
      <span className="metric__value">{formatPercent(value, 1)}</span>
      {threshold !== undefined ? (
        <span className="metric__threshold">
          {passed ? 'Meets' : 'Below'} threshold {formatPercent(threshold)}
        </span>
      ) : null}
      {detail ? <span className="metric__detail">{detail}</span> : null}
    </div>
  );
}
