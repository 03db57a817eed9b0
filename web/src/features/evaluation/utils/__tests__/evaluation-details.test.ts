import { describe, expect, it } from 'vitest';

import { quickEvaluation } from '@/testing/fixtures';

import { evaluationDetails, toConfusionMatrix } from '../evaluation-details';

describe('evaluationDetails', () => {
  it('finds nothing in an answer that has only the contract fields', () => {
    expect(evaluationDetails(quickEvaluation())).toEqual({ perLabel: [], confusion: null, failures: null });
  });

  it('reads per-label metrics and nested confusion counts from the classification block', () => {
    const details = evaluationDetails(
      quickEvaluation({
        classification: {
          accuracy: 0.75,
          correct: 3,
          total: 4,
          per_label: [
            {
              label: 'CT',
              precision: 1,
              recall: 0.5,
              f1: 0.667,
              true_positives: 1,
              false_positives: 0,
              false_negatives: 1,
            },
          ],
          confusion: { CT: { CT: 1, MRI: 1 }, 'X-RAY': { 'X-RAY': 2 } },
        },
        failed_documents: [{ id: 'q-3', reasons: ['type MRI, expected CT'] }],
      }),
    );
    expect(details.perLabel[0]?.support).toBe(2);
    expect(details.confusion).toEqual({
      labels: ['CT', 'MRI', 'X-RAY'],
      matrix: [
        [1, 1, 0],
        [0, 0, 0],
        [0, 0, 2],
      ],
    });
    expect(details.failures).toEqual([{ id: 'q-3', reasons: ['type MRI, expected CT'] }]);
  });
});

describe('toConfusionMatrix', () => {
  it('keeps a matrix that is already labelled rows and columns', () => {
    const matrix = {
      labels: ['A', 'B'],
      matrix: [
        [1, 0],
        [2, 3],
      ],
    };
    expect(toConfusionMatrix(matrix)).toBe(matrix);
  });
});
