import { describe, expect, it, vi } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';

import { ApiError, apiClient, errorMessage, NetworkError } from '../api-client';

describe('apiClient', () => {
  it('turns a problem response into an ApiError carrying its detail', async () => {
    mockApi({
      'GET /api/documents/nope': problem(404, 'not_found', 'Document not found', 'No document has the id nope.'),
    });
    const error = await apiClient.get('/documents/nope').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect(errorMessage(error)).toBe('No document has the id nope.');
  });

  it('falls back to the status when the error body is not a problem', async () => {
    mockApi({
      'GET /api/eval/quick': { status: 502, text: '<html>bad gateway</html>', contentType: 'text/html' },
    });
    const error = await apiClient.get('/eval/quick').catch((caught: unknown) => caught);
    expect((error as ApiError).status).toBe(502);
    expect(errorMessage(error)).toBe('Bad Gateway');
  });

  it('reports an unreachable server as a network error', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('fetch failed')));
    const error = await apiClient.get('/documents').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
  });

  it('sends json and reads json', async () => {
    const api = mockApi({ 'POST /api/classify': { status: 200, json: { document_type: 'CT' } } });
    await expect(apiClient.post('/classify', { document_text: 'CT abdomen' })).resolves.toEqual({
      document_type: 'CT',
    });
    expect(api.requests[0]?.body).toEqual({ document_text: 'CT abdomen' });
  });
});
