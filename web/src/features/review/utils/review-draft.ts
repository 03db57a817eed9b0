import type { DocumentReview, ReviewDecision, RejectionReason, ReviewRequest, TextSpan } from '@/types/api';

export interface DraftDecision {
  decision: ReviewDecision;
  reason?: RejectionReason;
  corrected_code?: string;
}

export interface DraftAddedCode {
  code: string;
  title: string;
  evidence: TextSpan;
}

/** The coder's unsaved review of one document, with an undo stack. */
export interface ReviewDraft {
  decisions: Record<string, DraftDecision>;
  added: DraftAddedCode[];
  past: Array<Pick<ReviewDraft, 'decisions' | 'added'>>;
}

export type DraftAction =
  | { type: 'decide'; code: string; decision: DraftDecision }
  | { type: 'add'; code: DraftAddedCode }
  | { type: 'remove-added'; code: string }
  | { type: 'undo' }
  | { type: 'reset'; draft: ReviewDraft };

export const rejectionReasons: Array<{ value: RejectionReason; label: string }> = [
  { value: 'not_documented', label: 'Not documented' },
  { value: 'wrong_specificity', label: 'Wrong specificity' },
  { value: 'negated', label: 'Negated' },
  { value: 'history', label: 'History' },
  { value: 'other', label: 'Other' },
];

/** The draft a saved review starts from (empty before the first save). */
export function draftFrom(review: DocumentReview | undefined): ReviewDraft {
  const current = review?.current;
  const decisions: Record<string, DraftDecision> = {};
  for (const decision of current?.decisions ?? []) {
    decisions[decision.code] = {
      decision: decision.decision,
      ...(decision.reason ? { reason: decision.reason } : {}),
      ...(decision.corrected_code ? { corrected_code: decision.corrected_code } : {}),
    };
  }
  const added = (current?.added_codes ?? []).map((code) => ({
    code: code.code,
    title: code.title,
    evidence: code.evidence,
  }));
  return { decisions, added, past: [] };
}

export function reviewReducer(draft: ReviewDraft, action: DraftAction): ReviewDraft {
  const snapshot = { decisions: draft.decisions, added: draft.added };
  switch (action.type) {
    case 'decide':
      return {
        ...draft,
        decisions: { ...draft.decisions, [action.code]: action.decision },
        past: [...draft.past, snapshot],
      };
    case 'add':
      if (draft.added.some((added) => added.code === action.code.code)) return draft;
      return { ...draft, added: [...draft.added, action.code], past: [...draft.past, snapshot] };
    case 'remove-added':
      return {
        ...draft,
        added: draft.added.filter((added) => added.code !== action.code),
        past: [...draft.past, snapshot],
      };
    case 'undo': {
      const previous = draft.past.at(-1);
      return previous ? { ...previous, past: draft.past.slice(0, -1) } : draft;
    }
    case 'reset':
      return action.draft;
  }
}

/** The PUT body for this draft, edited from `baseRevision`. */
export function toRequest(draft: ReviewDraft, baseRevision: number, finished: boolean): ReviewRequest {
  return {
    base_revision: baseRevision,
    status: finished ? 'reviewed' : 'in_progress',
    document_type: null,
    decisions: Object.entries(draft.decisions).map(([code, decision]) => ({
      code,
      decision: decision.decision,
      reason: decision.reason ?? null,
      corrected_code: decision.corrected_code ?? null,
      note: null,
    })),
    added_codes: draft.added.map((added) => ({
      code: added.code,
      evidence: { start: added.evidence.start, end: added.evidence.end },
      note: null,
    })),
    note: null,
  };
}
