import type { Assertion } from '@/types/api';

import { assertionHints, assertionLabel } from '../utils/labels';

interface AssertionChipProps {
  assertion: Assertion;
}

/** A coloured, labelled chip; anything but "present" is visibly not a current condition. */
export function AssertionChip({ assertion }: AssertionChipProps) {
  const hint = assertion in assertionHints ? assertionHints[assertion] : undefined;
  return (
    <span className={`chip chip--assertion chip--${assertion}`} data-assertion={assertion} title={hint}>
      <span className="chip__icon" aria-hidden="true">
        {assertion === 'present' ? '●' : assertion === 'negated' ? '⊘' : assertion === 'possible' ? '?' : '○'}
      </span>
      {assertionLabel(assertion)}
    </span>
  );
}
