import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { setAccessTokenSource } from '@/lib/access-token';
import { mockApi, problem } from '@/testing/api-server';
import { renderWithProviders } from '@/testing/test-utils';

import { DownloadOriginalButton } from '../download-original-button';

describe('DownloadOriginalButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the original under its upload name, sending the signed-in user’s token', async () => {
    const api = mockApi({
      'GET /api/documents/doc-1/content': { status: 200, text: 'IMPRESSION: Cardiomegaly.', contentType: 'text/plain' },
    });
    const unregister = setAccessTokenSource({ getAccessToken: () => 'token-1', onUnauthorized: () => {} });
    const saved: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:original');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { user } = renderWithProviders(<DownloadOriginalButton id="doc-1" filename="chest x-ray.txt" />);

    await user.click(screen.getByRole('button', { name: 'Original file chest x-ray.txt' }));

    await waitFor(() => expect(saved).toEqual(['chest x-ray.txt']));
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]?.[0] as Blob;
    expect(await blob.text()).toBe('IMPRESSION: Cardiomegaly.');
    expect(api.requests[0]?.headers.get('Authorization')).toBe('Bearer token-1');
    unregister();
  });

  it('shows the problem when the original cannot be read', async () => {
    mockApi({
      'GET /api/documents/doc-2/content': problem(
        404,
        'not_found',
        'Document not found',
        'No document has the id doc-2.',
      ),
    });
    const { user } = renderWithProviders(<DownloadOriginalButton id="doc-2" filename="gone.txt" />);

    await user.click(screen.getByRole('button', { name: 'Original file gone.txt' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('No document has the id doc-2.');
  });
});
