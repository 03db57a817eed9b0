import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';
import type { SentRequest } from '@/testing/api-server';
import { chestAnalysis, chestReport, spanOf, unreviewed } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { DocumentReview } from '@/types/api';

import { ReviewPanel } from '../review-panel';

const documentId = '0193a1b2-0000-7000-8000-000000000001';
const reviewPath = `GET /api/documents/${documentId}/review`;
const savePath = `PUT /api/documents/${documentId}/review`;

const unreviewedReview = unreviewed(documentId);

function savedReview(request: SentRequest): DocumentReview {
  const body = request.body as { status: 'reviewed' | 'in_progress' };
  const revision = {
    revision: 1,
    reviewer: 'local',
    reviewed_at: '2026-12-06T00:30:00Z',
    status: body.status,
    engine_version: 'test',
    document_type: 'X-RAY',
    decisions: [],
    added_codes: [],
    note: null,
    final_codes: [],
    changes: [{ code: 'I51.7', before: null, after: 'accepted' }],
  };
  return { document_id: documentId, revision: 1, status: body.status, current: revision, history: [revision] };
}

function renderPanel(evidence = spanOf(chestReport, 'No pneumothorax')) {
  const codes = chestAnalysis().codes;
  return renderWithProviders(
    <ReviewPanel documentId={documentId} codes={codes} getSelectedEvidence={() => evidence} />,
  );
}

describe('ReviewPanel', () => {
  it('decides every code from the keyboard and saves the document as reviewed', async () => {
    const api = mockApi({
      [reviewPath]: { status: 200, json: unreviewedReview },
      [savePath]: (request) => ({ status: 200, json: savedReview(request) }),
    });
    const { user } = renderPanel();
    const rows = await screen.findAllByRole('listitem', { name: /: undecided$/ });
    expect(rows).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Mark reviewed' })).toBeDisabled();

    rows[0]?.focus();
    await user.keyboard('a');
    await user.keyboard('j');
    await user.keyboard('r');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reason for rejecting J90' }), 'negated');

    expect(screen.getByRole('listitem', { name: /^I51\.7 .*: accepted$/ })).toBeInTheDocument();
    expect(screen.getByRole('listitem', { name: /^J90 .*: rejected: negated$/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark reviewed' }));

    await waitFor(() => expect(api.requests.some((request) => request.method === 'PUT')).toBe(true));
    const put = api.requests.find((request) => request.method === 'PUT');
    expect(put?.body).toEqual({
      base_revision: 0,
      status: 'reviewed',
      document_type: null,
      decisions: [
        { code: 'I51.7', decision: 'accepted', reason: null, corrected_code: null, note: null },
        { code: 'J90', decision: 'rejected', reason: 'negated', corrected_code: null, note: null },
      ],
      added_codes: [],
      note: null,
    });
    expect(await screen.findByTestId('review-status')).toHaveTextContent('Revision 1 · reviewed · local');
    await waitFor(() => expect(screen.getByTestId('review-status')).toHaveFocus());
  });

  it('returns from the reason list to the codes with Escape, so j moves on', async () => {
    mockApi({ [reviewPath]: { status: 200, json: unreviewedReview } });
    const { user } = renderPanel();
    const rows = await screen.findAllByRole('listitem', { name: /: undecided$/ });

    rows[0]?.focus();
    await user.keyboard('r');
    const reason = screen.getByRole('combobox', { name: 'Reason for rejecting I51.7' });
    await waitFor(() => expect(reason).toHaveFocus());
    await user.keyboard('{Escape}');

    expect(screen.getByRole('listitem', { name: /^I51\.7 .*: rejected$/ })).toHaveFocus();
    await user.keyboard('j');
    expect(screen.getByRole('listitem', { name: /^J90 .*: undecided$/ })).toHaveFocus();
  });

  it('undoes the last decision with u', async () => {
    mockApi({ [reviewPath]: { status: 200, json: unreviewedReview } });
    const { user } = renderPanel();
    const rows = await screen.findAllByRole('listitem', { name: /: undecided$/ });

    rows[0]?.focus();
    await user.keyboard('a');
    expect(screen.getByRole('listitem', { name: /^I51\.7 .*: accepted$/ })).toBeInTheDocument();
    await user.keyboard('u');

    expect(screen.getByRole('listitem', { name: /^I51\.7 .*: undecided$/ })).toBeInTheDocument();
  });

  it('adds a missed code for the selected text from the catalog search', async () => {
    const api = mockApi({
      [reviewPath]: { status: 200, json: unreviewedReview },
      'GET /api/codes': {
        status: 200,
        json: {
          items: [
            { code: 'J93', title: 'Pneumothorax and air leak', billable: false },
            { code: 'J93.9', title: 'Pneumothorax, unspecified', billable: true },
          ],
        },
      },
    });
    const { user } = renderPanel();
    const rows = await screen.findAllByRole('listitem', { name: /: undecided$/ });

    rows[0]?.focus();
    await user.keyboard('n');
    const search = screen.getByRole('combobox', { name: 'Code for the selected text' });
    await user.type(search, 'pneumo');
    await screen.findByRole('option', { name: /J93\.9/ });
    await user.keyboard('{ArrowDown}{Enter}');

    const added = screen.getByRole('list', { name: 'Codes added by the coder' });
    expect(within(added).getByText('J93.9')).toBeInTheDocument();
    expect(added).toHaveTextContent('No pneumothorax');
    expect(screen.getByRole('listitem', { name: /^I51\.7 .*: undecided$/ })).toHaveFocus();
    await user.keyboard('a');
    expect(screen.getByRole('listitem', { name: /^I51\.7 .*: accepted$/ })).toBeInTheDocument();
    expect(
      api.requests.some(
        (request) => request.url.pathname === '/api/codes' && request.url.searchParams.get('q') === 'pneumo',
      ),
    ).toBe(true);
  });

  it('says to select text first when n is pressed without a selection', async () => {
    mockApi({ [reviewPath]: { status: 200, json: unreviewedReview } });
    const codes = chestAnalysis().codes;
    const { user } = renderWithProviders(
      <ReviewPanel documentId={documentId} codes={codes} getSelectedEvidence={() => null} />,
    );
    const rows = await screen.findAllByRole('listitem', { name: /: undecided$/ });

    rows[0]?.focus();
    await user.keyboard('n');

    expect(screen.getByRole('status')).toHaveTextContent('Select the evidence in the document text first');
    expect(screen.queryByRole('combobox', { name: 'Code for the selected text' })).not.toBeInTheDocument();
  });

  it('explains a conflict when someone else saved meanwhile', async () => {
    mockApi({
      [reviewPath]: { status: 200, json: unreviewedReview },
      [savePath]: problem(
        409,
        'review_conflict',
        'Review changed meanwhile',
        'The review was edited from revision 0, but it is now at revision 1.',
      ),
    });
    const { user } = renderPanel();
    await screen.findAllByRole('listitem', { name: /: undecided$/ });

    await user.click(screen.getByRole('button', { name: 'Save draft' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Someone saved this review meanwhile');
    expect(screen.getByRole('alert')).toHaveTextContent('now at revision 1');
  });
});
