import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { chestAnalysis } from '@/testing/fixtures';
import type { CodeSuggestion } from '@/types/api';

import { CodesTable } from '../codes-table';

const labCode: CodeSuggestion = {
  code: 'D64.9',
  description: 'Anemia, unspecified',
  evidence: ['Hemoglobin 9.2 g/dL (Low)'],
  evidence_spans: [{ start: 0, end: 25, text: 'Hemoglobin 9.2 g/dL (Low)' }],
  confidence: 0.95,
  basis: 'lab_value',
  assertion: 'present',
};

function renderTable(codes: CodeSuggestion[]) {
  const user = userEvent.setup();
  render(<CodesTable codes={codes} selectedCodes={[]} onHoverCode={() => {}} onSelectCode={() => {}} />);
  return user;
}

describe('CodesTable', () => {
  it('shows code, title, basis, confidence and evidence', () => {
    renderTable([...chestAnalysis().codes, labCode]);
    const row = screen.getByRole('button', { name: 'D64.9: show evidence in the text' }).closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Anemia, unspecified');
    expect(row).toHaveTextContent('Lab value');
    expect(row).toHaveTextContent('95%');
    expect(row).toHaveTextContent('Hemoglobin 9.2 g/dL (Low)');
    const documented = screen.getByRole('button', { name: 'I51.7: show evidence in the text' }).closest('tr');
    expect(documented).toHaveTextContent('Documented');
  });

  it('copies all codes to the clipboard', async () => {
    const user = renderTable([...chestAnalysis().codes, labCode]);
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(screen.getByRole('button', { name: 'Copy codes' }));

    expect(writeText).toHaveBeenCalledWith('I51.7, J90, D64.9');
    expect(await screen.findByText('Copied 3 codes to the clipboard.')).toBeInTheDocument();
  });

  it('shows the codes to copy by hand when the clipboard is refused', async () => {
    const user = renderTable([labCode]);
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    await user.click(screen.getByRole('button', { name: 'Copy codes' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Could not copy');
    expect(screen.getByRole('alert')).toHaveTextContent('Codes: D64.9');
  });

  it('explains an empty list instead of showing an empty table', () => {
    renderTable([]);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy codes' })).not.toBeInTheDocument();
    expect(screen.getByText(/No codes/)).toBeInTheDocument();
  });
});
