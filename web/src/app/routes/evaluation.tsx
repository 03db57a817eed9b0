import { QuickEvaluation } from '@/features/evaluation/components/quick-evaluation';
import { ReviewStats } from '@/features/evaluation/components/review-stats';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function EvaluationRoute() {
  useDocumentTitle('Evaluation');
  return (
    <>
      <h1>Evaluation</h1>
      <QuickEvaluation />
      <ReviewStats />
    </>
  );
}
