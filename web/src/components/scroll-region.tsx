import type { ReactNode } from 'react';

interface ScrollRegionProps {
  /** What the region holds, read by screen readers ("Confusion matrix"). */
  label: string;
  children: ReactNode;
}

/**
 * A horizontally scrollable wrapper for wide tables. It is focusable and labelled so that keyboard
 * users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: ScrollRegionProps) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
