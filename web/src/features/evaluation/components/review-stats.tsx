import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import type { ReviewStats as ReviewStatsData } from '@/types/api';

import { useReviewStats } from '../api/get-review-stats';
import { byDay, shortVersion, toReviewPoints } from '../utils/review-series';

import { MetricCard } from './metric-card';
import { ReviewChart } from './review-chart';

/** How coders judged the suggestions: acceptance (estimated precision) and estimated recall, by engine version and over time. */
export function ReviewStats() {
  const stats = useReviewStats();
  return (
    <section className="evaluation__reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Coders&apos; reviews</h2>
      {stats.isPending ? <Loading label="Loading the review statistics…" /> : null}
      {stats.isError ? <ErrorAlert title="Could not load the review statistics" error={stats.error} /> : null}
      {stats.data ? <ReviewStatsResult stats={stats.data} /> : null}
    </section>
  );
}

function ReviewStatsResult({ stats }: { stats: ReviewStatsData }) {
  const { overall } = stats;
  if (overall.documents === 0) {
    return (
      <p className="muted" data-testid="review-stats-empty">
        No reviewed documents yet. Open a document, decide on its codes and mark it reviewed.
      </p>
    );
  }
  return (
    <div data-testid="review-stats">
      <div className="metrics">
        {overall.acceptance_rate === null ? null : (
          <MetricCard
            label="Estimated precision"
            value={overall.acceptance_rate}
            detail={`${overall.accepted} of ${overall.suggested} suggestions accepted`}
          />
        )}
        {overall.recall === null ? null : (
          <MetricCard
            label="Estimated recall"
            value={overall.recall}
            detail={`${overall.corrected} corrected, ${overall.added} added by coders`}
          />
        )}
        <div className="metric">
          <span className="metric__label">Reviewed documents</span>
          <span className="metric__value">{overall.documents}</span>
          <span className="metric__detail">{overall.rejected} suggestions rejected</span>
        </div>
      </div>
      <ReviewChart
        id="reviews-by-engine"
        title="By engine version"
        description="Each reviewed document counts for the engine version that made its suggestions."
        groupName="Engine version"
        points={toReviewPoints(stats.by_engine_version, shortVersion)}
        kind="bars"
      />
      <ReviewChart
        id="reviews-by-day"
        title="Over time"
        description="By the day of each document's latest review (UTC)."
        groupName="Day"
        points={byDay(stats.by_day)}
        kind="line"
      />
      {stats.missed.length > 0 ? <MissedCodes stats={stats} /> : null}
    </div>
  );
}

function MissedCodes({ stats }: { stats: ReviewStatsData }) {
  return (
    <section className="panel" aria-labelledby="missed-heading">
      <h3 id="missed-heading">Codes the engine missed</h3>
      <table className="data-table">
        <caption className="visually-hidden">Codes coders added, by documents</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Title</th>
            <th scope="col" className="numeric">
              Documents
            </th>
          </tr>
        </thead>
        <tbody>
          {stats.missed.slice(0, 10).map((code) => (
            <tr key={code.code}>
              <th scope="row">{code.code}</th>
              <td>{code.title}</td>
              <td className="numeric">{code.documents}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
