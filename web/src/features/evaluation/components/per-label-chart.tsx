import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

import { ScrollRegion } from '@/components/scroll-region';
import type { LabelMetrics } from '@/types/api';
import { formatPercent } from '@/utils/format';

interface PerLabelChartProps {
  metrics: LabelMetrics[];
}

const series = [
  { key: 'precision', name: 'Precision', color: '#1d4ed8' },
  { key: 'recall', name: 'Recall', color: '#b45309' },
  { key: 'f1', name: 'F1', color: '#047857' },
] as const;

/** Precision, recall and F1 per label as bars, with the same numbers in a table for every reader. */
export function PerLabelChart({ metrics }: PerLabelChartProps) {
  const height = Math.max(220, metrics.length * 44 + 80);
  return (
    <section className="panel" aria-labelledby="per-label-heading">
      <h2 id="per-label-heading">Per label</h2>
      <div className="chart" style={{ height }} aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={metrics}
            layout="vertical"
            accessibilityLayer={false}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 1]} tickFormatter={(value: number) => formatPercent(value)} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => (typeof value === 'number' ? formatPercent(value, 1) : String(value))} />
            <Legend />
            {series.map((item) => (
              <Bar key={item.key} dataKey={item.key} name={item.name} fill={item.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ScrollRegion label="Per-label metrics table">
        <table className="data-table">
          <caption className="visually-hidden">Precision, recall and F1 per label</caption>
          <thead>
            <tr>
              <th scope="col">Label</th>
              <th scope="col" className="numeric">
                Precision
              </th>
              <th scope="col" className="numeric">
                Recall
              </th>
              <th scope="col" className="numeric">
                F1
              </th>
              <th scope="col" className="numeric">
                Support
              </th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((metric) => (
              <tr key={metric.label}>
                <th scope="row">{metric.label}</th>
                <td className="numeric">{formatPercent(metric.precision, 1)}</td>
                <td className="numeric">{formatPercent(metric.recall, 1)}</td>
                <td className="numeric">{formatPercent(metric.f1, 1)}</td>
                <td className="numeric">{metric.support}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
