import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { INavigator } from 'oidc-client-ts';

/** Where the provider sends the user back with the authorization code; register it with the provider. */
export const callbackPath = '/auth/callback';

export interface OidcSettings {
  authority: string;
  clientId: string;
  scope: string;
}

/**
 * The OpenID Connect client of the UI: Authorization Code with PKCE (S256), the user kept in session
 * storage (gone when the tab closes), tokens renewed before they expire with the refresh token. Silent
 * renewal in a hidden iframe is not used: the API's CSP forbids framing any page (frame-ancestors 'none').
 */
export function createUserManager(settings: OidcSettings, redirectNavigator?: INavigator): UserManager {
  const origin = window.location.origin;
  return new UserManager(
    {
      authority: settings.authority,
      client_id: settings.clientId,
      scope: settings.scope,
      response_type: 'code',
      redirect_uri: `${origin}${callbackPath}`,
      post_logout_redirect_uri: `${origin}/`,
      automaticSilentRenew: true,
      userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      // The API's /api/me answers who the caller is; the provider's userinfo endpoint is not needed.
      loadUserInfo: false,
    },
    redirectNavigator,
  );
}

/** The stored user's access token, read synchronously for each API request (oidc-client-ts's storage key). */
export function storedAccessToken(settings: OidcSettings): string | null {
  const stored = window.sessionStorage.getItem(`oidc.user:${settings.authority}:${settings.clientId}`);
  if (!stored) return null;
  try {
    return User.fromStorageString(stored).access_token || null;
  } catch {
    return null;
  }
}

/** The name to show for a signed-in user: their display name, else their username, else their subject. */
export function displayName(user: User): string {
  const profile = user.profile;
  return profile.name || profile.preferred_username || profile.email || profile.sub;
}
