import { Fragment, useEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent } from 'react';

import type { CodeSuggestion, Finding } from '@/types/api';

import { buildHighlightPlan } from '../utils/highlight-segments';
import type { TextPart } from '../utils/highlight-segments';
import { assertionLabel } from '../utils/labels';

/** Ask the text to bring a code's first evidence into view; `seq` makes a repeated request a new one. */
export interface FocusRequest {
  code: string;
  mode: 'hover' | 'select';
  seq: number;
}

interface DocumentTextProps {
  text: string;
  codes: CodeSuggestion[];
  findings: Finding[];
  activeCodes: string[];
  focusRequest: FocusRequest | null;
  onSelectEvidence: (codes: string[]) => void;
}

function findFirstMark(container: HTMLElement, code: string): HTMLElement | null {
  for (const mark of container.querySelectorAll<HTMLElement>('mark[data-codes]')) {
    if ((mark.dataset.codes ?? '').split(' ').includes(code)) return mark;
  }
  return null;
}

/** The document as written, every code's evidence marked; a mark is a button that selects its codes. */
export function DocumentText({
  text,
  codes,
  findings,
  activeCodes,
  focusRequest,
  onSelectEvidence,
}: DocumentTextProps) {
  const plan = useMemo(() => buildHighlightPlan(text, codes, findings), [text, codes, findings]);
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !focusRequest) return;
    const mark = findFirstMark(container, focusRequest.code);
    if (!mark) return;
    if (focusRequest.mode === 'select') {
      mark.scrollIntoView?.({ block: 'center', inline: 'nearest' });
      return;
    }
    // Hovering scrolls only the text panel, never the page under the pointer.
    const box = container.getBoundingClientRect();
    const markBox = mark.getBoundingClientRect();
    if (markBox.top < box.top || markBox.bottom > box.bottom) {
      container.scrollTop += markBox.top - box.top - container.clientHeight / 3;
    }
  }, [focusRequest]);

  const onMarkKeyDown = (event: KeyboardEvent<HTMLElement>, segmentCodes: string[]) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelectEvidence(segmentCodes);
    }
  };

  return (
    <>
      <div
        className="document-text"
        ref={containerRef}
        data-testid="document-text"
        tabIndex={0}
        aria-label="Document text with highlighted evidence"
      >
        {plan.segments.map((segment) => {
          const parts = segment.parts.map((part, index) => <PartText key={index} part={part} />);
          if (segment.codes.length === 0) return <Fragment key={segment.start}>{parts}</Fragment>;
          const active = segment.codes.some((code) => activeCodes.includes(code));
          return (
            <mark
              key={segment.start}
              className={active ? 'evidence evidence--active' : 'evidence'}
              data-codes={segment.codes.join(' ')}
              role="button"
              tabIndex={0}
              aria-pressed={active}
              title={`Evidence for ${segment.codes.join(', ')}`}
              onClick={() => onSelectEvidence(segment.codes)}
              onKeyDown={(event) => onMarkKeyDown(event, segment.codes)}
            >
              {parts}
            </mark>
          );
        })}
      </div>
      {plan.unplacedSpans > 0 ? (
        <p className="document-text__note" role="note">
          {plan.unplacedSpans} evidence {plan.unplacedSpans === 1 ? 'quote' : 'quotes'} could not be located in this
          text.
        </p>
      ) : null}
    </>
  );
}

/** Text a finding covers is styled by its assertion: struck through when negated, underlined otherwise. */
function PartText({ part }: { part: TextPart }) {
  if (part.assertions.length === 0) return <>{part.text}</>;
  return (
    <span
      className={part.assertions.map((assertion) => `finding finding--${assertion}`).join(' ')}
      data-assertions={part.assertions.join(' ')}
      title={`${part.concepts.join(', ')} (${part.assertions.map(assertionLabel).join(', ')})`}
    >
      {part.text}
    </span>
  );
}
