import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';
import { renderWithProviders } from '@/testing/test-utils';
import type { ReviewGroupStats, ReviewStats as ReviewStatsData } from '@/types/api';

import { ReviewStats } from '../review-stats';

function group(key: string, overrides: Partial<ReviewGroupStats> = {}): ReviewGroupStats {
  return {
    key,
    documents: 2,
    suggested: 4,
    accepted: 3,
    rejected: 1,
    corrected: 0,
    added: 1,
    acceptance_rate: 0.75,
    recall: 0.75,
    category_precision: 0.75,
    category_recall: 0.75,
    ...overrides,
  };
}

function stats(overrides: Partial<ReviewStatsData> = {}): ReviewStatsData {
  return {
    overall: group('all', { documents: 3, suggested: 5, accepted: 4, acceptance_rate: 0.8, recall: 0.667 }),
    by_code: [],
    by_document_type: [],
    by_engine_version: [
      group('a1b2c3d4e5f6a7b8', { documents: 1, acceptance_rate: 0.5, recall: 0.5 }),
      group('ffee0011ffee0011', { documents: 2, acceptance_rate: 1, recall: null }),
    ],
    by_basis: [],
    by_day: [group('2026-12-06', { acceptance_rate: 0.9 }), group('2026-12-04', { acceptance_rate: 0.6 })],
    missed: [{ code: 'R50.9', title: 'Fever, unspecified', documents: 2 }],
    ...overrides,
  };
}

describe('ReviewStats', () => {
  it('shows estimated precision and recall overall, by engine version and by day', async () => {
    mockApi({ 'GET /api/reviews/stats': { status: 200, json: stats() } });
    renderWithProviders(<ReviewStats />);

    const result = await screen.findByTestId('review-stats');
    expect(within(result).getByText('Estimated precision').parentElement).toHaveTextContent(
      '80.0%4 of 5 suggestions accepted',
    );
    expect(within(result).getByText('Estimated recall').parentElement).toHaveTextContent('66.7%');
    expect(within(result).getByText('Reviewed documents').parentElement).toHaveTextContent('3');

    const engines = screen.getByTestId('reviews-by-engine');
    expect(within(engines).getByRole('row', { name: /a1b2c3d4/ })).toHaveTextContent('a1b2c3d4150.0%50.0%');
    expect(within(engines).getByRole('row', { name: /ffee0011/ })).toHaveTextContent('ffee00112100.0%–');

    const days = within(screen.getByTestId('reviews-by-day')).getAllByRole('row').slice(1);
    expect(days.map((row) => row.querySelector('th')?.textContent)).toEqual(['2026-12-04', '2026-12-06']);

    expect(screen.getByRole('row', { name: /R50\.9/ })).toHaveTextContent('R50.9Fever, unspecified2');
  });

  it('says how to get statistics when nothing has been reviewed', async () => {
    mockApi({
      'GET /api/reviews/stats': {
        status: 200,
        json: stats({
          overall: group('all', { documents: 0, suggested: 0, accepted: 0, acceptance_rate: null, recall: null }),
        }),
      },
    });
    renderWithProviders(<ReviewStats />);

    expect(await screen.findByTestId('review-stats-empty')).toHaveTextContent('No reviewed documents yet');
    expect(screen.queryByTestId('reviews-by-engine')).not.toBeInTheDocument();
  });

  it('shows the problem when the statistics cannot be loaded', async () => {
    mockApi({
      'GET /api/reviews/stats': problem(403, 'forbidden', 'Not allowed', 'Reading reviews needs the coder role.'),
    });
    renderWithProviders(<ReviewStats />);

    expect(await screen.findByRole('alert')).toHaveTextContent('Reading reviews needs the coder role.');
  });
});
