import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { spanOf } from '@/testing/fixtures';
import type { Finding } from '@/types/api';

import { FindingsList } from '../findings-list';

const text =
  'FINDINGS: No pneumothorax. Possible early pneumonia.\nIMPRESSION: No pneumothorax. Mother with breast cancer.';

const findings: Finding[] = [
  {
    concept_id: 'pneumothorax',
    concept: 'Pneumothorax',
    assertion: 'negated',
    span: spanOf(text, 'pneumothorax', 1),
    section: 'impression',
    trigger: 'No',
  },
  {
    concept_id: 'pneumothorax',
    concept: 'Pneumothorax',
    assertion: 'negated',
    span: spanOf(text, 'pneumothorax'),
    section: 'findings',
    trigger: 'No',
  },
  {
    concept_id: 'pneumonia',
    concept: 'Pneumonia',
    assertion: 'possible',
    span: spanOf(text, 'pneumonia'),
    section: 'findings',
    trigger: 'Possible',
  },
  {
    concept_id: 'breast_cancer',
    concept: 'Breast cancer',
    assertion: 'family',
    span: spanOf(text, 'breast cancer'),
    section: 'impression',
    trigger: 'Mother with',
  },
];

describe('FindingsList', () => {
  it('groups repeated mentions of a concept in document order', () => {
    render(<FindingsList findings={findings} />);
    const item = screen.getByText('Pneumothorax').closest('li') as HTMLElement;
    expect(item).toHaveTextContent('2 mentions');
    expect(
      within(item)
        .getAllByRole('listitem')
        .map((mention) => mention.textContent),
    ).toEqual(['“pneumothorax” · findings · trigger “No”', '“pneumothorax” · impression · trigger “No”']);
  });

  it('lists negated, possible and family findings as not coded, each with its own chip', () => {
    render(<FindingsList findings={findings} />);
    expect(screen.queryByRole('list', { name: 'Findings stated as present' })).not.toBeInTheDocument();
    const ruledOut = screen.getByRole('list', { name: 'Findings ruled out or not current' });
    const chips = Array.from(ruledOut.querySelectorAll('.chip')).map((chip) => chip.getAttribute('data-assertion'));
    expect(chips).toEqual(['negated', 'possible', 'family']);
    expect(within(ruledOut).getByText('Family history')).toHaveClass('chip--family');
  });
});
