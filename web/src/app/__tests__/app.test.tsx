import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';
import type { MockRoutes } from '@/testing/api-server';
import { batch, batchDocument, chestReport, storedDocument, unreviewed } from '@/testing/fixtures';
import { createTestQueryClient } from '@/testing/test-utils';

import { createRoutes } from '../router';

function renderApp(route: string, routes: MockRoutes = {}) {
  const api = mockApi(routes);
  const router = createMemoryRouter(createRoutes(), { initialEntries: [route] });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { api, router, user };
}

describe('App', () => {
  it('names MedDoc and offers a file upload control at /', () => {
    renderApp('/');
    expect(screen.getByRole('link', { name: 'MedDoc AI home' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Analyse a medical document' })).toBeInTheDocument();
    expect(screen.getByLabelText('Choose a file')).toHaveAttribute('type', 'file');
  });

  it('opens the stored document after an upload and shows its text from the content endpoint', async () => {
    const stored = storedDocument({ id: 'abc' });
    const { router, user, api } = renderApp('/', {
      'POST /api/documents': { status: 201, json: stored },
      'GET /api/documents/abc': { status: 200, json: stored },
      'GET /api/documents/abc/content': { status: 200, text: chestReport },
      'GET /api/documents/abc/review': { status: 200, json: unreviewed('abc') },
    });
    const input = screen.getByLabelText('Choose a file');
    await user.upload(input, new File([chestReport], 'chest-xray.txt', { type: 'text/plain' }));
    await user.click(screen.getByRole('button', { name: 'Analyse file' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/documents/abc'));
    // The document route is loaded lazily: its first import can take a while on a busy machine.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'chest-xray.txt' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export FHIR of chest-xray.txt' })).toBeEnabled();
    expect((await screen.findByTestId('document-text')).textContent).toBe(chestReport);
    expect(api.requests.some((request) => request.url.pathname === '/api/documents/abc/content')).toBe(true);
  });

  it('uses the analysed text the api returns instead of the original bytes', async () => {
    const stored = storedDocument({
      id: 'pdf1',
      filename: 'scan.pdf',
      content_type: 'application/pdf',
      analysis: { ...storedDocument().analysis, text: chestReport },
    });
    const { api } = renderApp('/documents/pdf1', {
      'GET /api/documents/pdf1': { status: 200, json: stored },
      'GET /api/documents/pdf1/review': { status: 200, json: unreviewed('pdf1') },
    });
    expect((await screen.findByTestId('document-text')).textContent).toBe(chestReport);
    expect(api.requests.map((request) => request.url.pathname)).not.toContain('/api/documents/pdf1/content');
  });

  it('shows why a document cannot be opened', async () => {
    renderApp('/documents/gone', {
      'GET /api/documents/gone': problem(404, 'not_found', 'Document not found', 'No document has the id gone.'),
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not open this document');
    expect(alert).toHaveTextContent('No document has the id gone.');
  });

  it('navigates between pages with the main navigation', async () => {
    const { user, router } = renderApp('/', {
      'GET /api/documents': { status: 200, json: { items: [], page: 1, page_size: 10, total: 0 } },
    });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'History' }));
    expect(router.state.location.pathname).toBe('/history');
    expect(screen.getByRole('main')).toHaveFocus();
    expect(await screen.findByText(/No documents yet/)).toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Evaluation' }));
    // The evaluation page is loaded lazily (it brings the charts): give the import time on a busy machine.
    expect(
      await screen.findByRole('button', { name: 'Run quick evaluation' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });

  it('answers an unknown path with a not-found page', () => {
    renderApp('/nowhere');
    expect(screen.getByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});

const emptyList = { status: 200, json: { items: [], page: 1, page_size: 10, total: 0 } };

describe('Batches pages', () => {
  it('are reached from the main navigation', async () => {
    const { user, router } = renderApp('/', { 'GET /api/batches': emptyList });
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Batches' }));
    expect(router.state.location.pathname).toBe('/batches');
    expect(screen.getByRole('heading', { level: 1, name: 'Batches' })).toBeInTheDocument();
    expect(await screen.findByText(/No batches yet/)).toBeInTheDocument();
  });

  it('open the new batch after its upload, with its documents, and keep the status filter in the address', async () => {
    const created = batch();
    const finished = batch({ status: 'done', queued: 0, done: 2, failed: 0, finished_at: '2026-12-06T08:00:03Z' });
    const { user, router } = renderApp('/batches', {
      'GET /api/batches': emptyList,
      'POST /api/batches': { status: 202, json: created },
      [`GET /api/batches/${created.id}`]: { status: 200, json: finished },
      [`GET /api/batches/${created.id}/documents`]: {
        status: 200,
        json: {
          items: [
            batchDocument(0, { status: 'done', document_id: 'doc-1' }),
            batchDocument(1, { status: 'done', document_id: 'doc-2' }),
          ],
          page: 1,
          page_size: 50,
          total: 2,
        },
      },
    });
    fireEvent.change(screen.getByLabelText('Choose files'), {
      target: { files: [new File([chestReport], 'report-1.txt'), new File([chestReport], 'report-2.txt')] },
    });
    await user.click(screen.getByRole('button', { name: 'Start batch' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/batches/${created.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Batch 3f2a9c1e' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'report-2.txt' })).toHaveAttribute('href', '/documents/doc-2');

    await user.selectOptions(screen.getByLabelText('Show'), 'done');
    expect(router.state.location.search).toBe('?status=done');
  });
});
