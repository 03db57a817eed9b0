import { useState } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import type { QuickEvaluation as QuickEvaluationResult } from '@/types/api';

import { useQuickEvaluation } from '../api/get-quick-evaluation';
import { evaluationDetails } from '../utils/evaluation-details';

import { ConfusionMatrix } from './confusion-matrix';
import { FailuresTable } from './failures-table';
import { MetricCard } from './metric-card';
import { PerLabelChart } from './per-label-chart';

/** Runs the API's quick evaluation and shows it against the deployment gate's thresholds. */
export function QuickEvaluation() {
  const [requested, setRequested] = useState(false);
  const evaluation = useQuickEvaluation(requested);
  const running = evaluation.isFetching;

  const run = () => {
    if (requested) void evaluation.refetch();
    else setRequested(true);
  };

  return (
    <div className="evaluation">
      <div className="evaluation__actions">
        <button type="button" className="button button--primary" onClick={run} disabled={running}>
          {evaluation.data ? 'Run again' : 'Run quick evaluation'}
        </button>
        <p className="muted">Analyses the built-in quick dataset with the same pipeline as uploads.</p>
      </div>
      {running ? <Loading label="Running the evaluation…" /> : null}
      {evaluation.isError && !running ? <ErrorAlert title="The evaluation failed" error={evaluation.error} /> : null}
      {evaluation.data ? <EvaluationResult result={evaluation.data} /> : null}
    </div>
  );
}

function EvaluationResult({ result }: { result: QuickEvaluationResult }) {
  const { classification, codes, thresholds } = result;
  const details = evaluationDetails(result);
  return (
    <div className="evaluation__result" data-testid="evaluation-result">
      <div className={`verdict ${result.passed ? 'verdict--pass' : 'verdict--fail'}`} role="status">
        <strong>{result.passed ? 'Passed' : 'Failed'}</strong>
        <span>
          {result.dataset} · {result.num_examples} documents
        </span>
      </div>
      <div className="metrics">
        <MetricCard
          label="Classification accuracy"
          value={classification.accuracy}
          threshold={thresholds.accuracy}
          detail={`${classification.correct} of ${classification.total} correct`}
        />
        <MetricCard label="Code F1" value={codes.f1} threshold={thresholds.f1} />
        <MetricCard label="Code precision" value={codes.precision} />
        <MetricCard label="Code recall" value={codes.recall} />
      </div>
      {details.perLabel.length > 0 ? <PerLabelChart metrics={details.perLabel} /> : null}
      {details.confusion ? <ConfusionMatrix data={details.confusion} /> : null}
      <FailuresTable failures={details.failures} />
    </div>
  );
}
