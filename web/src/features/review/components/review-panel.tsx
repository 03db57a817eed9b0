import { useEffect, useReducer, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { ApiError } from '@/lib/api-client';
import type { CodeSuggestion, DocumentReview, RejectionReason, TextSpan } from '@/types/api';
import { formatDateTime } from '@/utils/format';

import { useReview } from '../api/get-review';
import { useSaveReview } from '../api/save-review';
import { draftFrom, rejectionReasons, reviewReducer, toRequest } from '../utils/review-draft';
import type { DraftDecision } from '../utils/review-draft';

import { CodeSearch } from './code-search';
import { ReviewHistory } from './review-history';

interface ReviewPanelProps {
  documentId: string;
  codes: CodeSuggestion[];
  /** The evidence the coder selected in the document text, or null. */
  getSelectedEvidence: () => TextSpan | null;
}

/** The coder's decisions on one document: loads the saved review, then edits it keyboard-first. */
export function ReviewPanel({ documentId, codes, getSelectedEvidence }: ReviewPanelProps) {
  const review = useReview(documentId);
  // A save remounts the editor on the new revision; the focus then moves to its status line instead of being lost.
  const [saved, setSaved] = useState(false);
  if (review.isPending) return <Loading label="Loading the review…" />;
  if (review.isError) return <ErrorAlert title="Could not load the review" error={review.error} />;
  return (
    <ReviewEditor
      key={Number(review.data.revision)}
      documentId={documentId}
      codes={codes}
      review={review.data}
      getSelectedEvidence={getSelectedEvidence}
      focusStatus={saved}
      onSaved={() => setSaved(true)}
    />
  );
}

type Editing = { kind: 'correct'; code: string } | { kind: 'add'; evidence: TextSpan } | null;

function describe(decision: DraftDecision | undefined): string {
  if (!decision) return 'undecided';
  if (decision.decision === 'rejected') {
    const reason = rejectionReasons.find((item) => item.value === decision.reason);
    return reason ? `rejected: ${reason.label.toLowerCase()}` : 'rejected';
  }
  if (decision.decision === 'corrected') return `corrected to ${decision.corrected_code}`;
  return 'accepted';
}

interface ReviewEditorProps extends ReviewPanelProps {
  review: DocumentReview;
  /** Focus the status line on mount (after a save, so that keyboard users keep their place). */
  focusStatus: boolean;
  onSaved: () => void;
}

function ReviewEditor({ documentId, codes, review, getSelectedEvidence, focusStatus, onSaved }: ReviewEditorProps) {
  const [draft, dispatch] = useReducer(reviewReducer, review, draftFrom);
  const [activeIndex, setActiveIndex] = useState(0);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');
  const save = useSaveReview(documentId);
  const rows = useRef<Array<HTMLLIElement | null>>([]);
  const reasonSelects = useRef<Record<string, HTMLSelectElement | null>>({});
  const status = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (focusStatus) status.current?.focus();
  }, [focusStatus]);

  const revision = Number(review.revision);
  const undecided = codes.filter((code) => !draft.decisions[code.code]).length;
  const conflict = save.error instanceof ApiError && (save.error.status === 409 || save.error.status === 412);

  const focusRow = (index: number) => {
    const next = Math.max(0, Math.min(index, codes.length - 1));
    setActiveIndex(next);
    rows.current[next]?.focus();
  };

  const decide = (code: string, decision: DraftDecision) => {
    dispatch({ type: 'decide', code, decision });
    setNotice(`${code} ${describe(decision)}.`);
  };

  const reject = (code: string) => {
    decide(code, { decision: 'rejected' });
    requestAnimationFrame(() => reasonSelects.current[code]?.focus());
  };

  const startAdd = () => {
    const evidence = getSelectedEvidence();
    if (!evidence) {
      setNotice('Select the evidence in the document text first, then press n or choose Add code.');
      return;
    }
    setEditing({ kind: 'add', evidence });
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target instanceof HTMLInputElement || event.target instanceof HTMLSelectElement) return;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const code = codes[activeIndex]?.code;
    const handled = (() => {
      switch (event.key) {
        case 'j':
        case 'ArrowDown':
          focusRow(activeIndex + 1);
          return true;
        case 'k':
        case 'ArrowUp':
          focusRow(activeIndex - 1);
          return true;
        case 'a':
          if (code) decide(code, { decision: 'accepted' });
          return Boolean(code);
        case 'r':
          if (code) reject(code);
          return Boolean(code);
        case 'e':
          if (code) setEditing({ kind: 'correct', code });
          return Boolean(code);
        case 'n':
          startAdd();
          return true;
        case 'u':
          dispatch({ type: 'undo' });
          setNotice('Undone.');
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  const submit = (finished: boolean) => save.mutate(toRequest(draft, revision, finished), { onSuccess: onSaved });

  return (
    <section className="panel review" aria-labelledby="review-heading" onKeyDown={onListKeyDown}>
      <div className="panel__header">
        <h2 id="review-heading">Review</h2>
        <span ref={status} tabIndex={-1} className="muted" data-testid="review-status">
          {review.current
            ? `Revision ${revision} · ${review.status === 'reviewed' ? 'reviewed' : 'in progress'} · ${review.current.reviewer}, ${formatDateTime(review.current.reviewed_at)}`
            : 'Not reviewed yet'}
        </span>
      </div>
      <p id="review-keys" className="muted review__keys">
        Keys: <kbd>j</kbd>/<kbd>k</kbd> move, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>e</kbd> change the code,{' '}
        <kbd>n</kbd> add a code for the selected text, <kbd>u</kbd> undo; in a reason list or code search,{' '}
        <kbd>Enter</kbd> chooses and <kbd>Escape</kbd> returns to the codes.
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {notice}
      </p>
      {codes.length === 0 ? <p className="muted">No suggested codes to decide on.</p> : null}
      <ul className="review__list" aria-label="Suggested codes to review" aria-describedby="review-keys">
        {codes.map((code, index) => {
          const decision = draft.decisions[code.code];
          return (
            <li
              key={code.code}
              ref={(element) => {
                rows.current[index] = element;
              }}
              tabIndex={index === activeIndex ? 0 : -1}
              className={`review__row review__row--${decision?.decision ?? 'undecided'}${index === activeIndex ? ' review__row--active' : ''}`}
              aria-label={`${code.code} ${code.description}: ${describe(decision)}`}
              onFocus={() => setActiveIndex(index)}
              data-code={code.code}
            >
              <div className="review__code">
                <strong>{code.code}</strong> {code.description}
                <span className="review__decision">{describe(decision)}</span>
              </div>
              <div className="review__actions">
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Accept ${code.code}`}
                  onClick={() => decide(code.code, { decision: 'accepted' })}
                >
                  Accept
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Reject ${code.code}`}
                  onClick={() => reject(code.code)}
                >
                  Reject
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-label={`Change the code ${code.code}`}
                  onClick={() => setEditing({ kind: 'correct', code: code.code })}
                >
                  Change
                </button>
              </div>
              {decision?.decision === 'rejected' ? (
                <label className="review__reason">
                  Reason
                  <select
                    ref={(element) => {
                      reasonSelects.current[code.code] = element;
                    }}
                    aria-label={`Reason for rejecting ${code.code}`}
                    value={decision.reason ?? ''}
                    onKeyDown={(event) => {
                      if (event.key !== 'Enter' && event.key !== 'Escape') return;
                      event.preventDefault();
                      focusRow(index);
                    }}
                    onChange={(event) =>
                      decide(code.code, {
                        decision: 'rejected',
                        ...(event.target.value ? { reason: event.target.value as RejectionReason } : {}),
                      })
                    }
                  >
                    <option value="">No reason given</option>
                    {rejectionReasons.map((reason) => (
                      <option key={reason.value} value={reason.value}>
                        {reason.label}
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
              {editing?.kind === 'correct' && editing.code === code.code ? (
                <CodeSearch
                  label={`Right code instead of ${code.code}`}
                  onChoose={(item) => {
                    decide(code.code, { decision: 'corrected', corrected_code: item.code });
                    setEditing(null);
                    focusRow(index);
                  }}
                  onCancel={() => {
                    setEditing(null);
                    focusRow(index);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="review__added">
        <h3>Added codes</h3>
        {draft.added.length === 0 ? <p className="muted">None. Select text in the document, then press n.</p> : null}
        <ul aria-label="Codes added by the coder">
          {draft.added.map((added) => (
            <li key={added.code}>
              <strong>{added.code}</strong> {added.title} <q>{added.evidence.text}</q>{' '}
              <button
                type="button"
                className="button button--link"
                aria-label={`Remove ${added.code}`}
                onClick={() => {
                  dispatch({ type: 'remove-added', code: added.code });
                  setNotice(`${added.code} removed.`);
                  focusRow(activeIndex);
                }}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        {editing?.kind === 'add' ? (
          <div className="review__add">
            <p>
              Evidence: <q>{editing.evidence.text}</q>
            </p>
            <CodeSearch
              label="Code for the selected text"
              onChoose={(item) => {
                dispatch({ type: 'add', code: { code: item.code, title: item.title, evidence: editing.evidence } });
                setNotice(`${item.code} added.`);
                setEditing(null);
                focusRow(activeIndex);
              }}
              onCancel={() => {
                setEditing(null);
                focusRow(activeIndex);
              }}
            />
          </div>
        ) : (
          <button type="button" className="button button--secondary" onClick={startAdd}>
            Add code for the selected text
          </button>
        )}
      </div>
      {save.isError ? (
        <div>
          <ErrorAlert
            title={conflict ? 'Someone saved this review meanwhile' : 'Could not save the review'}
            error={save.error}
          />
          {conflict ? <p className="muted">Reload the page to see their decisions, then decide again.</p> : null}
        </div>
      ) : null}
      <div className="review__save">
        <button
          type="button"
          className="button button--secondary"
          disabled={save.isPending}
          onClick={() => submit(false)}
        >
          Save draft
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={save.isPending || undecided > 0}
          aria-describedby="review-finish-hint"
          onClick={() => submit(true)}
        >
          Mark reviewed
        </button>
        <span id="review-finish-hint" className="muted">
          {undecided > 0
            ? `${undecided} ${undecided === 1 ? 'code has' : 'codes have'} no decision yet.`
            : 'Every code has a decision.'}
        </span>
      </div>
      <ReviewHistory review={review} />
    </section>
  );
}
