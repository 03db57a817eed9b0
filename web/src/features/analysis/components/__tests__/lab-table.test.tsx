import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import type { LabResult } from '@/types/api';

import { LabTable } from '../lab-table';

function lab(overrides: Partial<LabResult>): LabResult {
  return {
    analyte: 'hemoglobin',
    name: 'Hemoglobin',
    value: 9.2,
    value_text: '9.2',
    unit: 'g/dL',
    reference_range: { low: 12, high: 16, text: '12.0-16.0' },
    range_is_default: false,
    flag: 'low',
    span: { start: 0, end: 10, text: 'Hemoglobin' },
    ...overrides,
  };
}

describe('LabTable', () => {
  it('shows value, unit, reference range and H/L flags', () => {
    render(
      <LabTable
        labResults={[
          lab({}),
          lab({
            analyte: 'wbc',
            name: 'WBC',
            value: 14.1,
            value_text: '14.1',
            unit: 'K/uL',
            reference_range: { low: 4, high: 11, text: '' },
            flag: 'high',
          }),
          lab({
            analyte: 'platelets',
            name: 'Platelets',
            value: 250,
            value_text: '250',
            unit: 'K/uL',
            reference_range: null,
            flag: 'normal',
          }),
        ]}
      />,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[0] as HTMLElement).getByRole('rowheader')).toHaveTextContent('Hemoglobin');
    expect(rows[0]).toHaveTextContent('9.2g/dL12.0-16.0L');
    expect(rows[0]).toHaveClass('is-abnormal');
    expect(rows[1]).toHaveTextContent('4–11');
    expect(within(rows[1] as HTMLElement).getByTitle('High')).toHaveTextContent('H');
    expect(rows[2]).toHaveTextContent('Normal');
    expect(rows[2]).not.toHaveClass('is-abnormal');
  });

  it('says when there are no lab values', () => {
    render(<LabTable labResults={[]} />);
    expect(screen.getByText('No lab values in this document.')).toBeInTheDocument();
  });
});
