import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { installFakeApi } from '@/testing/fake-api';
import { quickEvaluation } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';

import { QuickEvaluation } from '../quick-evaluation';

describe('QuickEvaluation', () => {
  it('runs only when asked and shows accuracy and f1 against the thresholds', async () => {
    const api = installFakeApi({ 'GET /api/eval/quick': { status: 200, json: quickEvaluation() } });
    const { user } = renderWithProviders(<QuickEvaluation />);
    expect(api.requests).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Run quick evaluation' }));

    const result = await screen.findByTestId('evaluation-result');
    expect(within(result).getByRole('status')).toHaveTextContent('Passed');
    expect(result).toHaveTextContent('quick_v1 · 20 documents');
    const accuracy = within(result).getByText('Classification accuracy').parentElement as HTMLElement;
    expect(accuracy).toHaveTextContent('95.0%');
    expect(accuracy).toHaveTextContent('Meets threshold 75%');
    expect(accuracy).toHaveTextContent('19 of 20 correct');
    const f1 = within(result).getByText('Code F1').parentElement as HTMLElement;
    expect(f1).toHaveTextContent('84.7%');
    expect(f1).toHaveTextContent('Meets threshold 65%');
    expect(screen.queryByRole('heading', { name: 'Confusion matrix' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Documents it got wrong/ })).not.toBeInTheDocument();
  });

  it('shows a threshold that is not a whole percentage exactly', async () => {
    installFakeApi({
      'GET /api/eval/quick': { status: 200, json: quickEvaluation({ thresholds: { accuracy: 0.825, f1: 0.76 } }) },
    });
    const { user } = renderWithProviders(<QuickEvaluation />);
    await user.click(screen.getByRole('button', { name: 'Run quick evaluation' }));
    const result = await screen.findByTestId('evaluation-result');
    expect(within(result).getByText('Classification accuracy').parentElement).toHaveTextContent(
      'Meets threshold 82.5%',
    );
    expect(within(result).getByText('Code F1').parentElement).toHaveTextContent('Meets threshold 76%');
  });

  it('marks a failed gate and a metric below its threshold', async () => {
    installFakeApi({
      'GET /api/eval/quick': {
        status: 200,
        json: quickEvaluation({ passed: false, codes: { precision: 0.5, recall: 0.6, f1: 0.545 } }),
      },
    });
    const { user } = renderWithProviders(<QuickEvaluation />);
    await user.click(screen.getByRole('button', { name: 'Run quick evaluation' }));
    const result = await screen.findByTestId('evaluation-result');
    expect(within(result).getByRole('status')).toHaveTextContent('Failed');
    expect(within(result).getByText('Code F1').parentElement).toHaveTextContent('Below threshold 65%');
  });

  it('shows per-label metrics, the confusion matrix and the failures when the api sends them', async () => {
    installFakeApi({
      'GET /api/eval/quick': {
        status: 200,
        json: quickEvaluation({
          per_label: [
            { label: 'X-RAY', precision: 1, recall: 0.8, f1: 0.889, support: 5 },
            { label: 'CT', precision: 0.8, recall: 1, f1: 0.889, support: 4 },
          ],
          confusion_matrix: {
            labels: ['X-RAY', 'CT'],
            matrix: [
              [4, 1],
              [0, 4],
            ],
          },
          failures: [
            {
              id: 'quick-07',
              expected_type: 'X-RAY',
              predicted_type: 'CT',
              missing_codes: ['J90'],
              extra_codes: [],
              reason: 'classified as CT',
            },
          ],
        }),
      },
    });
    const { user } = renderWithProviders(<QuickEvaluation />);
    await user.click(screen.getByRole('button', { name: 'Run quick evaluation' }));

    const perLabel = (await screen.findByRole('heading', { name: 'Per label' })).closest('section') as HTMLElement;
    expect(within(perLabel).getByRole('row', { name: /X-RAY/ })).toHaveTextContent('100.0%80.0%88.9%5');

    const matrix = screen.getByRole('heading', { name: 'Confusion matrix' }).closest('section') as HTMLElement;
    const xrayRow = within(matrix).getByRole('row', { name: /^X-RAY/ });
    expect(
      within(xrayRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['4', '1']);
    expect(within(xrayRow).getAllByRole('cell')[1]).toHaveClass('confusion__cell--error');

    const failures = screen
      .getByRole('heading', { name: 'Documents it got wrong (1)' })
      .closest('section') as HTMLElement;
    expect(within(failures).getByRole('row', { name: /quick-07/ })).toHaveTextContent('X-RAYCTJ90–classified as CT');
  });

  it('shows the problem detail when the evaluation fails', async () => {
    installFakeApi({
      'GET /api/eval/quick': {
        status: 500,
        json: { title: 'Internal Server Error', detail: 'The quick dataset could not be loaded.' },
        contentType: 'application/problem+json',
      },
    });
    const { user } = renderWithProviders(<QuickEvaluation />);
    await user.click(screen.getByRole('button', { name: 'Run quick evaluation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The quick dataset could not be loaded.');
  });
});
