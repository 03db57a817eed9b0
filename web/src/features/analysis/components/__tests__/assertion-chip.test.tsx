import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { assertions } from '@/types/api';

import { AssertionChip } from '../assertion-chip';

describe('AssertionChip', () => {
  it.each([
    ['present', 'Present'],
    ['negated', 'Negated'],
    ['possible', 'Possible'],
    ['hypothetical', 'Hypothetical'],
    ['historical', 'Historical'],
    ['family', 'Family history'],
  ] as const)('shows %s as "%s" with its own style', (assertion, label) => {
    render(<AssertionChip assertion={assertion} />);
    const chip = screen.getByText(label);
    expect(chip).toHaveClass(`chip--${assertion}`);
    expect(chip).toHaveAttribute('title');
  });

  it('gives every assertion a distinct label', () => {
    const { container } = render(
      <>
        {assertions.map((assertion) => (
          <AssertionChip key={assertion} assertion={assertion} />
        ))}
      </>,
    );
    const labels = Array.from(container.querySelectorAll('.chip')).map((chip) => chip.textContent);
    expect(new Set(labels).size).toBe(assertions.length);
  });
});
