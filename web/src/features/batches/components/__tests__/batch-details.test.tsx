import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';

import type { BatchDocumentsFilter } from '@/features/batches/api/get-batch-documents';
import { setAccessTokenSource } from '@/lib/access-token';
import { mockApi, problem } from '@/testing/api-server';
import type { SentRequest } from '@/testing/api-server';
import { batch, batchDocument } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { Batch, BatchDocument } from '@/types/api';

import { BatchDetails } from '../batch-details';

const id = batch().id;
const batchPath = `/api/batches/${id}`;
const documentsPath = `/api/batches/${id}/documents`;
const pollMs = 20;

function Harness() {
  const [filter, setFilter] = useState<BatchDocumentsFilter>({ status: null, page: 1 });
  return <BatchDetails batchId={id} filter={filter} onFilterChange={setFilter} pollIntervalMs={pollMs} />;
}

/** Answers the documents endpoint as the API does: request order, optional status filter, paged. */
function documentsRoute(current: () => BatchDocument[]) {
  return (request: SentRequest) => {
    const status = request.url.searchParams.get('status');
    const page = Number(request.url.searchParams.get('page'));
    const size = Number(request.url.searchParams.get('page_size'));
    const matching = current().filter((document) => !status || document.status === status);
    return {
      status: 200,
      json: { items: matching.slice((page - 1) * size, page * size), page, page_size: size, total: matching.length },
    };
  };
}

function batchReads(requests: SentRequest[]) {
  return requests.filter((request) => request.method === 'GET' && request.url.pathname === batchPath).length;
}

const running = (overrides: Partial<Batch> = {}) =>
  batch({ status: 'running', queued: 2, done: 1, started_at: '2026-12-06T08:00:01Z', ...overrides });

const finished = batch({
  status: 'done',
  queued: 0,
  done: 2,
  failed: 1,
  started_at: '2026-12-06T08:00:01Z',
  finished_at: '2026-12-06T08:00:04Z',
});

const finishedDocuments = [
  batchDocument(0, { status: 'done', document_id: 'doc-a', attempts: 1, finished_at: '2026-12-06T08:00:02Z' }),
  batchDocument(1, {
    filename: 'scan.pdf',
    status: 'failed',
    attempts: 1,
    failure_reason: 'The PDF could not be read: it has no text layer.',
    finished_at: '2026-12-06T08:00:03Z',
  }),
  batchDocument(2, { status: 'done', document_id: 'doc-c', attempts: 1, finished_at: '2026-12-06T08:00:04Z' }),
];

describe('BatchDetails', () => {
  it('polls the batch while it is queued or running and stops once it is done', async () => {
    const answers = [batch(), running(), finished];
    let reads = 0;
    let documents = [batchDocument(0), batchDocument(1), batchDocument(2)];
    const api = mockApi({
      [`GET ${batchPath}`]: () => {
        const answer = answers[Math.min(reads, answers.length - 1)] as Batch;
        reads += 1;
        if (answer.status === 'done') documents = finishedDocuments;
        return { status: 200, json: answer };
      },
      [`GET ${documentsPath}`]: documentsRoute(() => documents),
    });
    renderWithProviders(<Harness />);

    // Three reads 20 ms apart; the generous timeout is for a busy machine.
    expect(
      await screen.findByText('Done: 3 of 3 documents processed, 1 failed.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Batch progress' });
    expect(bar).toHaveAttribute('max', '3');
    expect(bar).toHaveAttribute('value', '3');
    expect(screen.getByTestId('batch-done')).toHaveTextContent('2');
    expect(screen.getByTestId('batch-failed')).toHaveTextContent('1');
    const readsWhenDone = batchReads(api.requests);
    expect(readsWhenDone).toBe(3);

    // Fifteen poll intervals later nothing more was asked for.
    await new Promise((resolve) => setTimeout(resolve, pollMs * 15));
    expect(batchReads(api.requests)).toBe(readsWhenDone);
    // The page of documents was read again as the batch moved on, and shows the final statuses.
    expect(await screen.findByText('The PDF could not be read: it has no text layer.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel batch' })).not.toBeInTheDocument();
  });

  it('announces progress in a polite live region while running', async () => {
    mockApi({
      [`GET ${batchPath}`]: { status: 200, json: running() },
      [`GET ${documentsPath}`]: documentsRoute(() => []),
    });
    renderWithProviders(<Harness />);
    const text = await screen.findByTestId('batch-progress-text');
    expect(text).toHaveAttribute('aria-live', 'polite');
    expect(text).toHaveAttribute('role', 'status');
    expect(text).toHaveTextContent('Running: 1 of 3 documents processed (33%).');
  });

  it('shows each failed document with its reason and links each analysed one to its analysis', async () => {
    mockApi({
      [`GET ${batchPath}`]: { status: 200, json: finished },
      [`GET ${documentsPath}`]: documentsRoute(() => finishedDocuments),
    });
    renderWithProviders(<Harness />);

    const failedRow = (await screen.findByText('scan.pdf')).closest('tr') as HTMLElement;
    expect(within(failedRow).getByText('Failed')).toBeInTheDocument();
    expect(failedRow).toHaveTextContent('The PDF could not be read: it has no text layer.');
    expect(within(failedRow).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'report-1.txt' })).toHaveAttribute('href', '/documents/doc-a');
    expect(screen.getByRole('link', { name: 'report-3.txt' })).toHaveAttribute('href', '/documents/doc-c');
  });

  it('filters the documents by status through the api', async () => {
    const api = mockApi({
      [`GET ${batchPath}`]: { status: 200, json: finished },
      [`GET ${documentsPath}`]: documentsRoute(() => finishedDocuments),
    });
    const { user } = renderWithProviders(<Harness />);
    await screen.findByText('scan.pdf');

    await user.selectOptions(screen.getByLabelText('Show'), 'failed');

    await waitFor(() => expect(screen.queryByText('report-1.txt')).not.toBeInTheDocument());
    expect(screen.getByText('scan.pdf')).toBeInTheDocument();
    const last = api.requests.filter((request) => request.url.pathname === documentsPath).at(-1);
    expect(last?.url.searchParams.get('status')).toBe('failed');
    expect(screen.getByRole('option', { name: 'Failed (1)' })).toBeInTheDocument();
  });

  it('pages through a long batch', async () => {
    const many = Array.from({ length: 120 }, (_, index) =>
      batchDocument(index, { status: 'done', document_id: `doc-${index}` }),
    );
    const api = mockApi({
      [`GET ${batchPath}`]: { status: 200, json: batch({ status: 'done', total: 120, queued: 0, done: 120 }) },
      [`GET ${documentsPath}`]: documentsRoute(() => many),
    });
    const { user } = renderWithProviders(<Harness />);
    // Role queries over fifty rows are slow in jsdom on a busy machine: find by text instead.
    expect(await screen.findByText('Page 1 of 3 · 120 documents', {}, { timeout: 10_000 })).toBeInTheDocument();
    await user.click(screen.getByText('Next'));
    expect(await screen.findByText('Page 2 of 3 · 120 documents', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText('report-51.txt').closest('a')).toHaveAttribute('href', '/documents/doc-50');
    const last = api.requests.filter((request) => request.url.pathname === documentsPath).at(-1);
    expect(last?.url.searchParams.get('page')).toBe('2');
    expect(last?.url.searchParams.get('page_size')).toBe('50');
  });

  it('cancels only after confirmation, then shows the cancelled batch', async () => {
    let cancelled = false;
    const api = mockApi({
      [`GET ${batchPath}`]: () => ({
        status: 200,
        json: cancelled
          ? running({ status: 'cancelled', queued: 0, cancelled: 2, finished_at: '2026-12-06T08:00:05Z' })
          : running(),
      }),
      [`DELETE ${batchPath}`]: () => {
        cancelled = true;
        return { status: 200, json: running({ status: 'cancelled', queued: 0, cancelled: 2 }) };
      },
      [`GET ${documentsPath}`]: documentsRoute(() => []),
    });
    const { user } = renderWithProviders(<Harness />);
    const deletes = () => api.requests.filter((request) => request.method === 'DELETE');

    await user.click(await screen.findByRole('button', { name: 'Cancel batch' }));
    expect(screen.getByText(/Cancel the 2 documents not processed yet\?/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep it running' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep it running' }));
    expect(deletes()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Cancel batch' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the batch' }));

    expect(
      await screen.findByText('Cancelled: 1 of 3 documents processed, 2 cancelled.', {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(deletes()).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Cancel batch' })).not.toBeInTheDocument();
  });

  it('says why a cancel was refused', async () => {
    mockApi({
      [`GET ${batchPath}`]: { status: 200, json: running() },
      [`DELETE ${batchPath}`]: problem(
        409,
        'batch_finished',
        'Batch finished',
        'The batch is done; nothing is left to cancel.',
      ),
      [`GET ${documentsPath}`]: documentsRoute(() => []),
    });
    const { user } = renderWithProviders(<Harness />);
    await user.click(await screen.findByRole('button', { name: 'Cancel batch' }));
    await user.click(screen.getByRole('button', { name: 'Yes, cancel the batch' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not cancel the batch');
    expect(alert).toHaveTextContent('The batch is done; nothing is left to cancel.');
  });

  it('links the CSV, JSON Lines and FHIR NDJSON results', async () => {
    mockApi({
      [`GET ${batchPath}`]: { status: 200, json: finished },
      [`GET ${documentsPath}`]: documentsRoute(() => finishedDocuments),
    });
    renderWithProviders(<Harness />);
    const csv = await screen.findByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute('href', `/api/batches/${id}/results?format=csv`);
    expect(csv).toHaveAttribute('download', `batch-${id}.csv`);
    expect(screen.getByRole('link', { name: 'Download JSON Lines' })).toHaveAttribute(
      'href',
      `/api/batches/${id}/results?format=jsonl`,
    );
    expect(screen.getByRole('link', { name: 'Download FHIR NDJSON' })).toHaveAttribute(
      'href',
      `/api/batches/${id}/results?format=fhir`,
    );
  });

  it('fetches the results with the signed-in user’s token instead of following the link', async () => {
    const api = mockApi({
      [`GET ${batchPath}`]: { status: 200, json: finished },
      [`GET ${documentsPath}`]: documentsRoute(() => finishedDocuments),
      [`GET ${batchPath}/results`]: { status: 200, text: 'document,document_id,code\n', contentType: 'text/csv' },
    });
    const unregister = setAccessTokenSource({ getAccessToken: () => 'token-1', onUnauthorized: () => {} });
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:results');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      const { user } = renderWithProviders(<Harness />);

      await user.click(await screen.findByRole('link', { name: 'Download CSV' }));

      await waitFor(() => expect(saved).toEqual([`batch-${id}.csv`]));
      const results = api.requests.find((request) => request.url.pathname === `${batchPath}/results`);
      expect(results?.url.searchParams.get('format')).toBe('csv');
      expect(results?.headers.get('Authorization')).toBe('Bearer token-1');
    } finally {
      unregister();
      vi.restoreAllMocks();
    }
  });

  it('reads a finished batch once and never polls it', async () => {
    const api = mockApi({
      [`GET ${batchPath}`]: { status: 200, json: finished },
      [`GET ${documentsPath}`]: documentsRoute(() => finishedDocuments),
    });
    renderWithProviders(<Harness />);
    await screen.findByText('Done: 3 of 3 documents processed, 1 failed.');
    await new Promise((resolve) => setTimeout(resolve, pollMs * 10));
    expect(batchReads(api.requests)).toBe(1);
  });

  it('says why a batch cannot be opened', async () => {
    mockApi({ [`GET ${batchPath}`]: problem(404, 'not_found', 'Batch not found', `No batch has the id ${id}.`) });
    renderWithProviders(<Harness />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not open this batch');
    expect(alert).toHaveTextContent(`No batch has the id ${id}.`);
  });
});
