// A real OpenID Connect provider (the npm package oidc-provider) for the browser sign-in test
// (tests/MedDoc.E2E/OidcSignInTests.cs). It listens on 127.0.0.1 only and knows:
//   - one public client, the MedDoc web UI: Authorization Code + PKCE, refresh tokens, its redirect
//     and post-logout URIs on the API's origin;
//   - one resource server, the MedDoc API: JWT access tokens for its audience carrying the tenant and
//     roles claims the API reads (OIDC_TENANT_CLAIM / OIDC_ROLE_CLAIM defaults);
//   - one synthetic user with a password, checked by a plain HTML login form the test fills in.
// Usage: node provider.mjs --port P --app-origin http://127.0.0.1:A --audience AUD --client-id ID
// It prints "oidc-provider listening on <issuer>" once ready and stops on SIGTERM/SIGINT.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

const { values: options } = parseArgs({
  options: {
    port: { type: 'string' },
    'app-origin': { type: 'string' },
    audience: { type: 'string', default: 'meddoc-api' },
    'client-id': { type: 'string', default: 'meddoc-ui' },
    'access-token-seconds': { type: 'string', default: '300' },
  },
});
if (!options.port || !options['app-origin']) {
  console.error('usage: node provider.mjs --port P --app-origin http://127.0.0.1:A [--audience AUD] [--client-id ID]');
  process.exit(2);
}

const issuer = `http://127.0.0.1:${options.port}`;
const appOrigin = options['app-origin'].replace(/\/+$/, '');
const apiResource = 'urn:meddoc:api';

// The one user: synthetic, with the tenant and the role the API authorises.
const users = new Map([
  [
    'dana.coder',
    {
      password: 'correct horse battery staple',
      claims: { sub: 'dana.coder', name: 'Dana Coder', preferred_username: 'dana.coder', tenant: 'st-elsewhere', roles: ['coder'] },
    },
  ],
]);

const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: options['client-id'],
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`${appOrigin}/auth/callback`],
      post_logout_redirect_uris: [`${appOrigin}/`],
    },
  ],
  jwks: { keys: [{ ...signingKey, kid: 'meddoc-e2e', use: 'sig', alg: 'RS256' }] },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
  conformIdTokenClaims: false,
  async findAccount(_ctx, id) {
    const user = users.get(id);
    if (!user) return undefined;
    return { accountId: id, claims: async () => user.claims };
  },
  // The access token carries the claims the API maps to the caller's tenant and roles.
  async extraTokenClaims(_ctx, token) {
    if (token.kind !== 'AccessToken') return undefined;
    const user = users.get(token.accountId);
    return user ? { tenant: user.claims.tenant, roles: user.claims.roles } : undefined;
  },
  // A single-page app renews with its refresh token (an iframe cannot: the UI's CSP forbids framing).
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  ttl: { AccessToken: Number(options['access-token-seconds']), IdToken: 3600, RefreshToken: 3600, Session: 3600, Grant: 3600, Interaction: 600 },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page('Sign out', `<h1>Sign out of the test provider?</h1>${form}<button type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>`);
      },
    },
    resourceIndicators: {
      enabled: true,
      defaultResource: async () => apiResource,
      useGrantedResource: async () => true,
      getResourceServerInfo: async (_ctx, resource) => {
        if (resource !== apiResource) throw new Error(`unknown resource ${resource}`);
        return {
          scope: 'meddoc',
          audience: options.audience,
          accessTokenFormat: 'jwt',
          accessTokenTTL: Number(options['access-token-seconds']),
          jwt: { sign: { alg: 'RS256' } },
        };
      },
    },
  },
});

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title, body) {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main>${body}</main></body></html>`;
}

function loginForm(uid, error) {
  return page(
    'Test provider sign-in',
    `<h1>Sign in to the test provider</h1>${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}/login">
<label>Username <input name="username" autocomplete="username" required></label>
<label>Password <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button>
</form>`,
  );
}

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(html);
}

// The interactions: the login form (checked against the user's password), then consent granted at
// once for what the first-party UI asked (openid, profile, offline_access and the API's scope).
async function interaction(req, res, uid, action) {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) return send(res, 400, page('Error', '<p>Unknown interaction.</p>'));
  const { prompt, params, session } = details;
  if (prompt.name === 'login') {
    if (req.method === 'GET') return send(res, 200, loginForm(uid));
    if (action !== 'login') return send(res, 400, page('Error', '<p>Expected the login form.</p>'));
    const form = await readForm(req);
    const user = users.get(form.get('username') ?? '');
    if (!user || user.password !== form.get('password')) return send(res, 200, loginForm(uid, 'Wrong username or password.'));
    return provider.interactionFinished(req, res, { login: { accountId: user.claims.sub } }, { mergeWithLastSubmission: false });
  }
  if (prompt.name === 'consent') {
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    for (const [resource, scopes] of Object.entries(prompt.details.missingResourceScopes ?? {})) {
      grant.addResourceScope(resource, scopes.join(' '));
    }
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  return send(res, 501, page('Error', `<p>Prompt ${escape(prompt.name)} is not supported.</p>`));
}

const oidc = provider.callback();
const server = createServer((req, res) => {
  const match = /^\/interaction\/([^/?]+)(?:\/(login))?(?:\?.*)?$/.exec(req.url ?? '');
  if (!match) return oidc(req, res);
  interaction(req, res, match[1], match[2]).catch((error) => {
    console.error(`interaction failed: ${error.message}`);
    if (!res.headersSent) send(res, 500, page('Error', `<p>${escape(error.message)}</p>`));
  });
});

provider.on('server_error', (_ctx, error) => console.error(`server_error: ${error.stack ?? error}`));
provider.on('grant.error', (_ctx, error) => console.error(`grant.error: ${error.message} ${error.error_description ?? ''}`));
provider.on('authorization.error', (_ctx, error) => console.error(`authorization.error: ${error.message} ${error.error_description ?? ''}`));

server.listen(Number(options.port), '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.close(() => process.exit(0)));
