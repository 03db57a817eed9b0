import type { Assertion, CodeBasis, LabFlag } from '@/types/api';

export const assertionLabels: Record<Assertion, string> = {
  present: 'Present',
  negated: 'Negated',
  possible: 'Possible',
  hypothetical: 'Hypothetical',
  historical: 'Historical',
  family: 'Family history',
};

export const assertionHints: Record<Assertion, string> = {
  present: 'Stated as present for this patient',
  negated: 'Ruled out: the text says it is absent',
  possible: 'Uncertain: possible, suspected or cannot be excluded',
  hypothetical: 'Hypothetical or planned: rule out, return if',
  historical: 'History only: not a current condition',
  family: 'Family history: not the patient',
};

export const basisLabels: Record<CodeBasis, string> = {
  documented: 'Documented',
  lab_value: 'Lab value',
};

export const basisHints: Record<CodeBasis, string> = {
  documented: 'The text states the condition',
  lab_value: 'Inferred from an abnormal result; needs clinician confirmation',
};

interface FlagLabel {
  short: string;
  long: string;
}

export const flagLabels: Record<LabFlag, FlagLabel> = {
  normal: { short: '', long: 'Normal' },
  low: { short: 'L', long: 'Low' },
  high: { short: 'H', long: 'High' },
  critical_low: { short: 'LL', long: 'Critically low' },
  critical_high: { short: 'HH', long: 'Critically high' },
  abnormal: { short: 'A', long: 'Abnormal' },
};

/** The label for an assertion value the contract may grow; unknown values are shown as sent. */
export function assertionLabel(assertion: string): string {
  return assertion in assertionLabels ? assertionLabels[assertion as Assertion] : assertion;
}
