import { formatPercent } from '@/utils/format';

interface MetricCardProps {
  label: string;
  value: number;
  threshold?: number;
  detail?: string;
}

/** True when the fraction is a whole percentage (0.83), so no decimal is needed to show it exactly. */
function wholePercent(fraction: number): boolean {
  return Math.abs(fraction * 100 - Math.round(fraction * 100)) < 1e-9;
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
          {passed ? 'Meets' : 'Below'} threshold {formatPercent(threshold, wholePercent(threshold) ? 0 : 1)}
        </span>
      ) : null}
      {detail ? <span className="metric__detail">{detail}</span> : null}
    </div>
  );
}
