import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';
import type { SentRequest } from '@/testing/api-server';
import { renderWithProviders } from '@/testing/test-utils';
import type { DocumentListItem } from '@/types/api';

import { DocumentsList } from '../documents-list';

function item(index: number): DocumentListItem {
  return {
    id: `doc-${index}`,
    filename: `report-${index}.txt`,
    content_type: 'text/plain',
    size_bytes: 1200 + index,
    sha256: 'b'.repeat(64),
    created_at: `2026-11-${String(10 + index).padStart(2, '0')}T09:00:00Z`,
    document_type: index % 2 ? 'X-RAY' : 'COMPLETE BLOOD COUNT',
    code_count: index % 3,
  };
}

function listRoute(all: DocumentListItem[]) {
  return (request: SentRequest) => {
    const page = Number(request.url.searchParams.get('page'));
    const size = Number(request.url.searchParams.get('page_size'));
    return {
      status: 200,
      json: { items: all.slice((page - 1) * size, page * size), page, page_size: size, total: all.length },
    };
  };
}

describe('DocumentsList', () => {
  it('lists the documents the api returns, in its order, with type and pagination', async () => {
    const all = Array.from({ length: 12 }, (_, index) => item(12 - index));
    mockApi({ 'GET /api/documents': listRoute(all) });
    const onPageChange = vi.fn();
    const { user } = renderWithProviders(<DocumentsList page={1} onPageChange={onPageChange} />);

    const rows = await screen.findAllByRole('row');
    expect(rows.slice(1).map((row) => within(row).getByRole('rowheader').textContent)).toEqual(
      all.slice(0, 10).map((document) => document.filename),
    );
    expect(rows[1]).toHaveTextContent('COMPLETE BLOOD COUNT');
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'report-12.txt' })).toHaveAttribute(
      'href',
      '/documents/doc-12',
    );
    expect(screen.getByText('Page 1 of 2 · 12 documents')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });

  it('deletes a document only after confirmation and refreshes the list', async () => {
    let all = [item(2), item(1)];
    const api = mockApi({
      'GET /api/documents': (request) => listRoute(all)(request),
      'DELETE /api/documents/doc-2': () => {
        all = all.filter((document) => document.id !== 'doc-2');
        return { status: 204 };
      },
    });
    const { user } = renderWithProviders(<DocumentsList page={1} onPageChange={() => {}} />);

    await user.click(await screen.findByRole('button', { name: 'Delete report-2.txt' }));
    expect(screen.getByText('Delete “report-2.txt” permanently?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(api.requests.some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Yes, delete' }));

    await waitFor(() => expect(screen.queryByText('report-2.txt')).not.toBeInTheDocument());
    expect(screen.getByText('report-1.txt')).toBeInTheDocument();
    expect(api.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it('keeps the document when the deletion is cancelled', async () => {
    const api = mockApi({ 'GET /api/documents': listRoute([item(1)]) });
    const { user } = renderWithProviders(<DocumentsList page={1} onPageChange={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Delete report-1.txt' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Delete report-1.txt' })).toBeInTheDocument();
    expect(api.requests.every((request) => request.method === 'GET')).toBe(true);
  });

  it('offers the last page when the page asked for is past the end', async () => {
    mockApi({ 'GET /api/documents': listRoute([item(1), item(2)]) });
    const onPageChange = vi.fn();
    const { user } = renderWithProviders(<DocumentsList page={3} onPageChange={onPageChange} />);
    await user.click(await screen.findByRole('button', { name: 'Go to page 1' }));
    expect(onPageChange).toHaveBeenCalledWith(1);
  });

  it('invites a first upload when nothing is stored', async () => {
    mockApi({ 'GET /api/documents': listRoute([]) });
    renderWithProviders(<DocumentsList page={1} onPageChange={() => {}} />);
    expect(await screen.findByText(/No documents yet/)).toBeInTheDocument();
  });

  it('shows the problem detail when the list cannot be loaded', async () => {
    mockApi({
      'GET /api/documents': problem(503, 'overloaded', 'Service overloaded', 'The database is not answering.'),
    });
    renderWithProviders(<DocumentsList page={1} onPageChange={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not answering.');
  });
});
