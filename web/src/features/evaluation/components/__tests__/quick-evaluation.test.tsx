import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';
import { quickEvaluation } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';

import { QuickEvaluation } from '../quick-evaluation';

describe('QuickEvaluation', () => {
  it('runs only when asked and shows accuracy and f1 against the thresholds', async () => {
    const api = mockApi({ 'GET /api/eval/quick': { status: 200, json: quickEvaluation() } });
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
    expect(screen.getByRole('heading', { name: 'Documents it got wrong (0)' })).toBeInTheDocument();
  });

  it('shows a threshold that is not a whole percentage exactly', async () => {
    mockApi({
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
    mockApi({
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
    mockApi({
      'GET /api/eval/quick': {
        status: 200,
        json: quickEvaluation({
          classification: {
            accuracy: 0.889,
            correct: 8,
            total: 9,
            per_label: [
              {
                label: 'X-RAY',
                precision: 1,
                recall: 0.8,
                f1: 0.889,
                support: 5,
                true_positives: 4,
                false_positives: 0,
                false_negatives: 1,
              },
              {
                label: 'CT',
                precision: 0.8,
                recall: 1,
                f1: 0.889,
                support: 4,
                true_positives: 4,
                false_positives: 1,
                false_negatives: 0,
              },
            ],
            confusion: { 'X-RAY': { 'X-RAY': 4, CT: 1 }, CT: { CT: 4 } },
          },
          failed_documents: [{ id: 'quick-07', reasons: ['type CT, expected X-RAY', 'missing J90'] }],
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
    ).toEqual(['1', '4']);
    expect(within(xrayRow).getAllByRole('cell')[0]).toHaveClass('confusion__cell--error');

    const failures = screen
      .getByRole('heading', { name: 'Documents it got wrong (1)' })
      .closest('section') as HTMLElement;
    expect(within(failures).getByRole('row', { name: /quick-07/ })).toHaveTextContent(
      'quick-07type CT, expected X-RAY; missing J90',
    );
  });

  it('shows the problem detail when the evaluation fails', async () => {
    mockApi({
      'GET /api/eval/quick': problem(
        500,
        'internal',
        'Internal Server Error',
        'The quick dataset could not be loaded.',
      ),
    });
    const { user } = renderWithProviders(<QuickEvaluation />);
    await user.click(screen.getByRole('button', { name: 'Run quick evaluation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The quick dataset could not be loaded.');
  });
});
