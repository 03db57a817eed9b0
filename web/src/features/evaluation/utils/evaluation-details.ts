import type { ConfusionCounts, ConfusionMatrix, EvalFailure, LabelMetrics, QuickEvaluation } from '@/types/api';

/** The optional details of a quick evaluation, wherever in the answer the API put them. */
export interface EvaluationDetails {
  perLabel: LabelMetrics[];
  confusion: ConfusionMatrix | null;
  failures: EvalFailure[] | null;
}

function isMatrix(value: ConfusionMatrix | ConfusionCounts): value is ConfusionMatrix {
  return Array.isArray((value as ConfusionMatrix).labels) && Array.isArray((value as ConfusionMatrix).matrix);
}

/** Nested counts → a square matrix over every label seen as expected or predicted, in a stable order. */
export function toConfusionMatrix(value: ConfusionMatrix | ConfusionCounts): ConfusionMatrix {
  if (isMatrix(value)) return value;
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
  const perLabel = result.per_label ?? result.classification.per_label ?? [];
  const confusionSource = result.confusion_matrix ?? result.classification.confusion ?? null;
  const confusion = confusionSource ? toConfusionMatrix(confusionSource) : null;
  const failures = result.failures ?? result.failed_documents ?? null;
  return {
    perLabel: perLabel.map((metric) => ({
      ...metric,
      support: metric.support ?? (metric.true_positives ?? 0) + (metric.false_negatives ?? 0),
    })),
    confusion: confusion && confusion.labels.length > 0 ? confusion : null,
    failures,
  };
}
