import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { User } from 'oidc-client-ts';
import type { INavigator } from 'oidc-client-ts';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';

import { AuthGate } from '@/features/auth/components/auth-gate';
import { mockApi, problem } from '@/testing/api-server';
import type { MockRoutes } from '@/testing/api-server';
import { storedDocument } from '@/testing/fixtures';
import { createTestQueryClient } from '@/testing/test-utils';

import { createRoutes } from '../router';

// The sign-in wiring against msw: the API's /api/auth/config decides whether the UI signs in; with an
// OpenID Connect issuer the UI sends the user to it (PKCE), sends the access token to the API, shows the
// user and tenant, signs out at the issuer's end-session endpoint, and signs in again on a 401.

const authority = 'https://id.example.test/realms/meddoc';
const clientId = 'meddoc-web';
const discoveryUrl = `${authority}/.well-known/openid-configuration`;
const oidcConfig = {
  mode: 'oidc',
  authority,
  client_id: clientId,
  audience: 'meddoc-api',
  scope: 'openid profile offline_access',
};
const discovery = {
  issuer: authority,
  authorization_endpoint: `${authority}/protocol/openid-connect/auth`,
  token_endpoint: `${authority}/protocol/openid-connect/token`,
  end_session_endpoint: `${authority}/protocol/openid-connect/logout`,
  jwks_uri: `${authority}/protocol/openid-connect/certs`,
};

/** Records where the UI would send the browser instead of leaving the test page (a real redirect never returns). */
function recordingNavigator() {
  const visits: URL[] = [];
  const navigator: INavigator = {
    prepare: () =>
      Promise.resolve({
        navigate: ({ url }) => {
          visits.push(new URL(url));
          return new Promise(() => {});
        },
        close: () => {},
      }),
    callback: () => Promise.resolve(),
  };
  return { navigator, visits };
}

/** A user oidc-client-ts would have stored after a completed sign-in. */
function storeSignedInUser() {
  const now = Math.floor(Date.now() / 1000);
  const user = new User({
    access_token: 'access-token-for-dana',
    token_type: 'Bearer',
    id_token: 'id-token-for-dana',
    refresh_token: 'refresh-token-for-dana',
    scope: 'openid profile offline_access',
    expires_at: now + 3600,
    profile: { sub: 'dana.coder', name: 'Dana Coder', iss: authority, aud: clientId, exp: now + 3600, iat: now },
  });
  window.sessionStorage.setItem(`oidc.user:${authority}:${clientId}`, user.toStorageString());
}

function renderApp(routes: MockRoutes, route = '/history') {
  const api = mockApi(routes);
  const { navigator, visits } = recordingNavigator();
  const router = createMemoryRouter(createRoutes(), { initialEntries: [route] });
  const user = userEvent.setup();
  render(
    <QueryClientProvider client={createTestQueryClient()}>
      <AuthGate redirectNavigator={navigator}>
        <RouterProvider router={router} />
      </AuthGate>
    </QueryClientProvider>,
  );
  return { api, visits, user };
}

const documentsPage = (items = [storedDocument({ id: 'doc-1', filename: 'chest-xray.txt' })]) => ({
  status: 200,
  json: { items, total: items.length, page: 1, page_size: 10 },
});

afterEach(() => window.sessionStorage.clear());

describe('sign-in', () => {
  it('does not sign in in local mode: the app renders and its requests carry no credentials', async () => {
    const { api } = renderApp({
      'GET /api/auth/config': {
        status: 200,
        json: { mode: 'local', authority: null, client_id: null, audience: null, scope: null },
      },
      'GET /api/documents': documentsPage(),
    });

    // The first render of the file loads the history page's modules: allow a slow, shared machine time.
    expect(await screen.findByText('chest-xray.txt', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument();
    const documents = api.requests.find((request) => request.url.pathname === '/api/documents');
    expect(documents?.headers.get('Authorization')).toBeNull();
    expect(api.requests.map((request) => request.url.pathname)).not.toContain('/api/me');
  });

  it('asks a signed-out user to sign in and sends them to the issuer with PKCE', async () => {
    const { user, visits, api } = renderApp({
      'GET /api/auth/config': { status: 200, json: oidcConfig },
      [`GET ${discoveryUrl}`]: { status: 200, json: discovery },
    });

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(visits).toHaveLength(1));
    const authorize = visits[0]!;
    expect(`${authorize.origin}${authorize.pathname}`).toBe(discovery.authorization_endpoint);
    expect(authorize.searchParams.get('client_id')).toBe(clientId);
    expect(authorize.searchParams.get('response_type')).toBe('code');
    expect(authorize.searchParams.get('scope')).toBe('openid profile offline_access');
    expect(authorize.searchParams.get('redirect_uri')).toBe(`${window.location.origin}/auth/callback`);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Nothing but the sign-in settings was asked of the API before the user signed in.
    expect(
      api.requests.filter((request) => request.url.pathname.startsWith('/api/')).map((r) => r.url.pathname),
    ).toEqual(['/api/auth/config']);
  });

  it('sends the access token to the API and shows the user and tenant once signed in', async () => {
    storeSignedInUser();
    const { api } = renderApp({
      'GET /api/auth/config': { status: 200, json: oidcConfig },
      'GET /api/documents': documentsPage(),
      'GET /api/me': {
        status: 200,
        json: { subject: 'dana.coder', tenant: 'st-elsewhere', roles: ['coder'], key_id: null, method: 'oidc' },
      },
    });

    expect(await screen.findByText('chest-xray.txt')).toBeInTheDocument();
    expect(screen.getByTestId('signed-in-user')).toHaveTextContent('Dana Coder');
    expect(await screen.findByTestId('signed-in-tenant')).toHaveTextContent('st-elsewhere');
    for (const path of ['/api/documents', '/api/me']) {
      const sent = api.requests.find((request) => request.url.pathname === path);
      expect(sent?.headers.get('Authorization')).toBe('Bearer access-token-for-dana');
    }
    expect(api.requests.find((r) => r.url.pathname === '/api/auth/config')?.headers.get('Authorization')).toBeNull();
  });

  it('signs out at the issuer’s end-session endpoint and forgets the user', async () => {
    storeSignedInUser();
    const { user, visits } = renderApp({
      'GET /api/auth/config': { status: 200, json: oidcConfig },
      [`GET ${discoveryUrl}`]: { status: 200, json: discovery },
      'GET /api/documents': documentsPage(),
      'GET /api/me': {
        status: 200,
        json: { subject: 'dana.coder', tenant: 'st-elsewhere', roles: ['coder'], key_id: null, method: 'oidc' },
      },
    });

    await user.click(await screen.findByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(visits).toHaveLength(1));
    const endSession = visits[0]!;
    expect(`${endSession.origin}${endSession.pathname}`).toBe(discovery.end_session_endpoint);
    expect(endSession.searchParams.get('id_token_hint')).toBe('id-token-for-dana');
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${window.location.origin}/`);
    expect(window.sessionStorage.getItem(`oidc.user:${authority}:${clientId}`)).toBeNull();
  });

  it('signs in again when the API answers 401 to an expired sign-in', async () => {
    storeSignedInUser();
    const { visits } = renderApp({
      'GET /api/auth/config': { status: 200, json: oidcConfig },
      [`GET ${discoveryUrl}`]: { status: 200, json: discovery },
      'GET /api/documents': problem(401, 'unauthorized', 'Unauthorized', 'The bearer token has expired.'),
      'GET /api/me': {
        status: 200,
        json: { subject: 'dana.coder', tenant: 'st-elsewhere', roles: ['coder'], key_id: null, method: 'oidc' },
      },
    });

    await waitFor(() => expect(visits).toHaveLength(1));
    const authorize = visits[0]!;
    expect(`${authorize.origin}${authorize.pathname}`).toBe(discovery.authorization_endpoint);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  });

  it('does not loop when the API refuses a fresh sign-in: it says why and offers Sign in', async () => {
    storeSignedInUser();
    window.sessionStorage.setItem('meddoc.signed-in-at', String(Date.now()));
    const { visits } = renderApp({
      'GET /api/auth/config': { status: 200, json: oidcConfig },
      [`GET ${discoveryUrl}`]: { status: 200, json: discovery },
      'GET /api/documents': problem(
        401,
        'unauthorized',
        'Unauthorized',
        'The bearer token was issued for another audience than this API (OIDC_AUDIENCE).',
      ),
      'GET /api/me': problem(
        401,
        'unauthorized',
        'Unauthorized',
        'The bearer token was issued for another audience than this API (OIDC_AUDIENCE).',
      ),
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('another audience than this API');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    expect(visits).toHaveLength(0);
  });

  it('says what to set when the server requires sign-in but names no UI client', async () => {
    renderApp({ 'GET /api/auth/config': { status: 200, json: { ...oidcConfig, client_id: null } } });

    expect(await screen.findByRole('alert')).toHaveTextContent('OIDC_UI_CLIENT_ID');
  });
});
