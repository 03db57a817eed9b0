import type { ConfusionCounts, EvalFailure, LabelMetrics, QuickEvaluation } from '@/types/api';

/** Row i is the expected label labels[i]; column j the predicted label labels[j]. */
export interface ConfusionMatrix {
  labels: string[];
  matrix: number[][];
}

/** What the evaluation page draws besides the headline numbers. */
export interface EvaluationDetails {
  perLabel: LabelMetrics[];
  confusion: ConfusionMatrix | null;
  failures: EvalFailure[];
}

/** Nested counts → a square matrix over every label seen as expected or predicted, in a stable order. */
export function toConfusionMatrix(value: ConfusionCounts): ConfusionMatrix {
  const labels = new Set<string>();
  for (const [expected, row] of Object.entries(value)) {
    labels.add(expected);
    for (const predicted of Object.keys(row)) labels.add(predicted);
  }
  const ordered = [...labels].sort((a, b) => a.localeCompare(b));
  return {
    labels: ordered,
    matrix: ordered.map((expected) => ordered.map((predicted) => value[expected]?.[predicted] ?? 0)),
  };
}

export function evaluationDetails(result: QuickEvaluation): EvaluationDetails {
  const confusion = toConfusionMatrix(result.classification.confusion);
  return {
    perLabel: result.classification.per_label,
    confusion: confusion.labels.length > 0 ? confusion : null,
    failures: result.failed_documents,
  };
}
