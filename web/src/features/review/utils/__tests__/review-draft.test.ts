import { describe, expect, it } from 'vitest';

import { draftFrom, reviewReducer, toRequest } from '../review-draft';

const evidence = { start: 10, end: 19, text: 'pneumonia' };

describe('review draft', () => {
  it('starts empty before the first review', () => {
    expect(draftFrom(undefined)).toEqual({ decisions: {}, added: [], past: [] });
  });

  it('undoes decisions and additions in reverse order', () => {
    let draft = draftFrom(undefined);
    draft = reviewReducer(draft, { type: 'decide', code: 'I51.7', decision: { decision: 'accepted' } });
    draft = reviewReducer(draft, {
      type: 'add',
      code: { code: 'J18.9', title: 'Pneumonia, unspecified organism', evidence },
    });

    draft = reviewReducer(draft, { type: 'undo' });
    expect(draft.added).toEqual([]);
    expect(draft.decisions).toEqual({ 'I51.7': { decision: 'accepted' } });
    draft = reviewReducer(draft, { type: 'undo' });
    expect(draft.decisions).toEqual({});
    expect(reviewReducer(draft, { type: 'undo' })).toBe(draft);
  });

  it('adds a code only once', () => {
    const code = { code: 'J18.9', title: 'Pneumonia, unspecified organism', evidence };
    const once = reviewReducer(draftFrom(undefined), { type: 'add', code });

    expect(reviewReducer(once, { type: 'add', code }).added).toHaveLength(1);
  });

  it('builds the PUT body with the base revision and code-point evidence offsets', () => {
    let draft = draftFrom(undefined);
    draft = reviewReducer(draft, {
      type: 'decide',
      code: 'D64.9',
      decision: { decision: 'corrected', corrected_code: 'D50.9' },
    });
    draft = reviewReducer(draft, { type: 'add', code: { code: 'J18.9', title: 'Pneumonia', evidence } });

    expect(toRequest(draft, 3, false)).toEqual({
      base_revision: 3,
      status: 'in_progress',
      document_type: null,
      decisions: [{ code: 'D64.9', decision: 'corrected', reason: null, corrected_code: 'D50.9', note: null }],
      added_codes: [{ code: 'J18.9', evidence: { start: 10, end: 19 }, note: null }],
      note: null,
    });
  });
});
