import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

import { ScrollRegion } from '@/components/scroll-region';
import { formatPercent } from '@/utils/format';

import type { ReviewPoint } from '../utils/review-series';

interface ReviewChartProps {
  id: string;
  title: string;
  description: string;
  /** "Engine version" or "Day": the first column of the table. */
  groupName: string;
  points: ReviewPoint[];
  kind: 'bars' | 'line';
}

const series = [
  { key: 'precision', name: 'Estimated precision (acceptance)', color: '#1d4ed8' },
  { key: 'recall', name: 'Estimated recall', color: '#b45309' },
] as const;

const percent = (value: number | null) => (value === null ? '–' : formatPercent(value, 1));

/** Estimated precision and recall per group as a chart, with the same numbers in a table for every reader. */
export function ReviewChart({ id, title, description, groupName, points, kind }: ReviewChartProps) {
  const axes = (
    <>
      <CartesianGrid strokeDasharray="3 3" vertical={false} />
      <XAxis dataKey="label" tick={{ fontSize: 12 }} />
      <YAxis domain={[0, 1]} tickFormatter={(value: number) => formatPercent(value)} width={48} />
      <Tooltip formatter={(value) => (typeof value === 'number' ? formatPercent(value, 1) : '–')} />
      <Legend />
    </>
  );
  return (
    <section className="panel" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <p className="muted">{description}</p>
      <div className="chart chart--reviews" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {kind === 'bars' ? (
            <BarChart data={points} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              {axes}
              {series.map((item) => (
                <Bar key={item.key} dataKey={item.key} name={item.name} fill={item.color} isAnimationActive={false} />
              ))}
            </BarChart>
          ) : (
            <LineChart data={points} accessibilityLayer={false} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              {axes}
              {series.map((item) => (
                <Line
                  key={item.key}
                  dataKey={item.key}
                  name={item.name}
                  stroke={item.color}
                  strokeWidth={2}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      <ScrollRegion label={`${title}: table`}>
        <table className="data-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{groupName}</th>
              <th scope="col" className="numeric">
                Documents
              </th>
              <th scope="col" className="numeric">
                Est. precision
              </th>
              <th scope="col" className="numeric">
                Est. recall
              </th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.key}>
                <th scope="row" title={point.key}>
                  {point.label}
                </th>
                <td className="numeric">{point.documents}</td>
                <td className="numeric">{percent(point.precision)}</td>
                <td className="numeric">{percent(point.recall)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
