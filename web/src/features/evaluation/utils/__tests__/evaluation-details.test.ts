import { describe, expect, it } from 'vitest';

import { quickEvaluation } from '@/testing/fixtures';

import { evaluationDetails, toConfusionMatrix } from '../evaluation-details';

describe('evaluationDetails', () => {
  it('has no confusion matrix when no document was classified', () => {
    expect(evaluationDetails(quickEvaluation())).toEqual({ perLabel: [], confusion: null, failures: [] });
  });

  it('reads per-label metrics, nested confusion counts and the failed documents', () => {
    const perLabel = [
      {
        label: 'CT',
        precision: 1,
        recall: 0.5,
        f1: 0.667,
        support: 2,
        true_positives: 1,
        false_positives: 0,
        false_negatives: 1,
      },
    ];
    const details = evaluationDetails(
      quickEvaluation({
        classification: {
          accuracy: 0.75,
          correct: 3,
          total: 4,
          per_label: perLabel,
          confusion: { CT: { CT: 1, MRI: 1 }, 'X-RAY': { 'X-RAY': 2 } },
        },
        failed_documents: [{ id: 'q-3', reasons: ['type MRI, expected CT'] }],
      }),
    );
    expect(details.perLabel).toEqual(perLabel);
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
  it('squares the matrix over every label seen as expected or predicted', () => {
    expect(toConfusionMatrix({ B: { A: 2 } })).toEqual({
      labels: ['A', 'B'],
      matrix: [
        [0, 0],
        [2, 0],
      ],
    });
  });
});
