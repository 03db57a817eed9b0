import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';
import type { SentRequest } from '@/testing/api-server';
import { batch } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';
import type { Batch } from '@/types/api';

import { BatchesList } from '../batches-list';

function numbered(index: number, overrides: Partial<Batch> = {}): Batch {
  return batch({
    id: `${String(index).padStart(8, '0')}-0000-4000-8000-000000000000`,
    status: 'done',
    total: 10 + index,
    queued: 0,
    done: 9 + index,
    failed: 1,
    created_at: `2026-12-${String(index).padStart(2, '0')}T07:00:00Z`,
    ...overrides,
  });
}

function listRoute(all: () => Batch[]) {
  return (request: SentRequest) => {
    const page = Number(request.url.searchParams.get('page'));
    const size = Number(request.url.searchParams.get('page_size'));
    return {
      status: 200,
      json: { items: all().slice((page - 1) * size, page * size), page, page_size: size, total: all().length },
    };
  };
}

describe('BatchesList', () => {
  it('lists recent batches with their status and counts, linking each to its page', async () => {
    const all = Array.from({ length: 12 }, (_, index) => numbered(12 - index));
    const onPageChange = vi.fn();
    mockApi({ 'GET /api/batches': listRoute(() => all) });
    const { user } = renderWithProviders(<BatchesList page={1} onPageChange={onPageChange} />);

    // Role queries over a whole table are slow in jsdom: wait on text, then look inside the rows.
    expect(await screen.findByText('Page 1 of 2 · 12 batches', {}, { timeout: 10_000 })).toBeInTheDocument();
    const rows = Array.from(document.querySelectorAll('tbody tr')) as HTMLElement[];
    expect(rows).toHaveLength(10);
    const first = rows[0] as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Batch 00000012' })).toHaveAttribute(
      'href',
      `/batches/${all[0]?.id}`,
    );
    expect(within(first).getByText('Done', { selector: '.chip' })).toBeInTheDocument();
    expect(
      within(first)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
        .slice(1, 4),
    ).toEqual(['22', '21', '1']);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
  });

  it('refreshes while a batch on the page is still running', async () => {
    let reads = 0;
    mockApi({
      'GET /api/batches': (request) => {
        reads += 1;
        const status = reads >= 3 ? 'done' : 'running';
        return listRoute(() => [numbered(1, { status })])(request);
      },
    });
    renderWithProviders(<BatchesList page={1} onPageChange={() => {}} pollIntervalMs={20} />);
    expect(await screen.findByText('Running', { selector: '.chip' })).toBeInTheDocument();
    expect(await screen.findByText('Done', { selector: '.chip' }, { timeout: 10_000 })).toBeInTheDocument();
    const readsWhenDone = reads;
    expect(readsWhenDone).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reads).toBe(readsWhenDone);
  });

  it('invites a first batch when there is none', async () => {
    mockApi({ 'GET /api/batches': listRoute(() => []) });
    renderWithProviders(<BatchesList page={1} onPageChange={() => {}} />);
    expect(await screen.findByText(/No batches yet/)).toBeInTheDocument();
  });

  it('shows the problem detail when the list cannot be loaded', async () => {
    mockApi({ 'GET /api/batches': problem(503, 'overloaded', 'Service overloaded', 'The database is not answering.') });
    renderWithProviders(<BatchesList page={1} onPageChange={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The database is not answering.');
  });
});
