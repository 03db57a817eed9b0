import { describe, expect, it } from 'vitest';

import { parseEnv } from '../env';

describe('parseEnv', () => {
  it('defaults the api base url to the same origin /api', () => {
    expect(parseEnv({}).API_BASE_URL).toBe('/api');
  });

  it('accepts an absolute url and drops a trailing slash', () => {
    expect(parseEnv({ VITE_API_BASE_URL: 'https://meddoc.example.org/api/' }).API_BASE_URL).toBe(
      'https://meddoc.example.org/api',
    );
  });

  it('stops with a message naming a malformed variable', () => {
    expect(() => parseEnv({ VITE_API_BASE_URL: 'meddoc-api:8000' })).toThrow(/VITE_API_BASE_URL/);
  });
});
