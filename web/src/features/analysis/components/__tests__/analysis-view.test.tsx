import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';

import { chestAnalysis, chestReport } from '@/testing/fixtures';

import { AnalysisView } from '../analysis-view';

function marksFor(code: string) {
  return Array.from(screen.getByTestId('document-text').querySelectorAll<HTMLElement>('mark')).filter((mark) =>
    (mark.dataset.codes ?? '').split(' ').includes(code),
  );
}

describe('AnalysisView', () => {
  it('highlights every evidence span in the document text', () => {
    render(<AnalysisView analysis={chestAnalysis()} text={chestReport} />);
    const text = screen.getByTestId('document-text');
    expect(text.textContent).toBe(chestReport);
    expect(marksFor('I51.7').map((mark) => mark.textContent)).toEqual(['Mild cardiomegaly']);
    expect(marksFor('J90').map((mark) => mark.textContent)).toEqual([
      'Small left pleural effusion',
      'Small left pleural effusion',
    ]);
  });

  it('shows the document type with its confidence and rationale', () => {
    render(<AnalysisView analysis={chestAnalysis()} text={chestReport} />);
    expect(screen.getByTestId('document-type')).toHaveTextContent('X-RAY');
    expect(screen.getByText('93% confidence')).toBeInTheDocument();
    expect(screen.getByText(/Chest PA and lateral/, { selector: 'p' })).toBeInTheDocument();
  });

  it('selecting a code highlights its evidence and scrolls to it', async () => {
    const user = userEvent.setup();
    const scrolled: Element[] = [];
    // jsdom has no layout, so no scrollIntoView: record the calls instead.
    Object.defineProperty(HTMLElement.prototype, 'scrollIntoView', {
      configurable: true,
      value: function (this: HTMLElement) {
        scrolled.push(this);
      },
    });
    onTestFinished(() => {
      delete (HTMLElement.prototype as Partial<HTMLElement>).scrollIntoView;
    });
    render(<AnalysisView analysis={chestAnalysis()} text={chestReport} />);

    await user.click(screen.getByRole('button', { name: 'J90: show evidence in the text' }));

    for (const mark of marksFor('J90')) expect(mark).toHaveClass('evidence--active');
    for (const mark of marksFor('I51.7')) expect(mark).not.toHaveClass('evidence--active');
    expect(scrolled).toEqual([marksFor('J90')[0]]);
    expect(screen.getByTestId('selected-evidence')).toHaveTextContent('J90 Pleural effusion, not elsewhere classified');
  });

  it('selecting a highlight shows its code', async () => {
    const user = userEvent.setup();
    render(<AnalysisView analysis={chestAnalysis()} text={chestReport} />);

    await user.click(marksFor('I51.7')[0] as HTMLElement);

    expect(screen.getByTestId('selected-evidence')).toHaveTextContent('I51.7 Cardiomegaly');
    const row = screen.getByRole('button', { name: 'I51.7: show evidence in the text' });
    expect(row).toHaveAttribute('aria-pressed', 'true');
  });

  it('a highlight can be selected from the keyboard', async () => {
    const user = userEvent.setup();
    render(<AnalysisView analysis={chestAnalysis()} text={chestReport} />);
    (marksFor('J90')[1] as HTMLElement).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('selected-evidence')).toHaveTextContent('J90');
  });

  it('hovering a code marks its evidence without selecting it', async () => {
    const user = userEvent.setup();
    render(<AnalysisView analysis={chestAnalysis()} text={chestReport} />);
    const row = screen.getByRole('button', { name: 'I51.7: show evidence in the text' }).closest('tr') as HTMLElement;

    await user.hover(row);
    expect(marksFor('I51.7')[0]).toHaveClass('evidence--active');
    expect(screen.queryByTestId('selected-evidence')).not.toBeInTheDocument();

    await user.unhover(row);
    expect(marksFor('I51.7')[0]).not.toHaveClass('evidence--active');
  });

  it('marks a negated finding in the text and lists it apart from present ones', () => {
    render(<AnalysisView analysis={chestAnalysis()} text={chestReport} />);
    const negatedInText = screen.getByTestId('document-text').querySelector('.finding--negated');
    expect(negatedInText).toHaveTextContent('pneumothorax');

    const ruledOut = screen.getByRole('list', { name: 'Findings ruled out or not current' });
    const pneumothorax = within(ruledOut).getByText('Pneumothorax').closest('li') as HTMLElement;
    expect(within(pneumothorax).getByText('Negated')).toHaveClass('chip--negated');
    const present = screen.getByRole('list', { name: 'Findings stated as present' });
    expect(within(present).queryByText('Pneumothorax')).not.toBeInTheDocument();
  });

  it('says so when the text is not available instead of showing offsets into nothing', () => {
    render(<AnalysisView analysis={chestAnalysis()} text={null} />);
    expect(screen.queryByTestId('document-text')).not.toBeInTheDocument();
    expect(screen.getByText(/text of this document is not available/)).toBeInTheDocument();
  });
});
