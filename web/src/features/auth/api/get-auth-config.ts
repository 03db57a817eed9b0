import { queryOptions } from '@tanstack/react-query';

import { apiClient } from '@/lib/api-client';
import type { AuthConfigResponse } from '@/types/api';

/** How this server wants the UI to sign in: not at all (local mode), or with an OpenID Connect issuer. */
export type SignInSettings =
  | { mode: 'local' }
  | { mode: 'oidc'; authority: string; clientId: string; scope: string }
  | { mode: 'misconfigured'; reason: string };

/** Reads GET /api/auth/config (no credentials needed) into the settings the sign-in runs with. */
export function toSignInSettings(config: AuthConfigResponse): SignInSettings {
  if (config.mode !== 'oidc') return { mode: 'local' };
  if (!config.authority || !config.client_id) {
    return {
      mode: 'misconfigured',
      reason:
        'This server requires sign-in but names no client for the web UI: set OIDC_UI_CLIENT_ID to the public client registered with the identity provider.',
    };
  }
  return {
    mode: 'oidc',
    authority: config.authority,
    clientId: config.client_id,
    scope: config.scope || 'openid profile',
  };
}

export function getAuthConfigQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'config'],
    queryFn: async ({ signal }) => toSignInSettings(await apiClient.get<AuthConfigResponse>('/auth/config', signal)),
    staleTime: Infinity,
  });
}
