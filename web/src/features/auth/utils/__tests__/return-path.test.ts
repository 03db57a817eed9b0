import { describe, expect, it } from 'vitest';

import { safeReturnPath } from '../return-path';

describe('safeReturnPath', () => {
  it('returns to the page the sign-in began on, with its query', () => {
    expect(safeReturnPath({ returnTo: '/documents/abc?tab=codes' })).toBe('/documents/abc?tab=codes');
  });

  it.each([
    ['another site', { returnTo: 'https://evil.example/' }],
    ['a protocol-relative URL', { returnTo: '//evil.example/' }],
    ['a backslash trick', { returnTo: '/\\evil.example' }],
    ['the callback itself', { returnTo: '/auth/callback?code=x' }],
    ['no state', undefined],
    ['a state of another shape', { returnTo: 42 }],
  ])('returns home instead of %s', (_case, state) => {
    expect(safeReturnPath(state)).toBe('/');
  });
});
