// How the API client authenticates its requests when the UI signed in with OpenID Connect. The sign-in
// (src/features/auth) registers a source once it holds a user; in local mode none is registered and
// requests go out without credentials, as the API expects there.

export interface AccessTokenSource {
  /** The current access token, or null when there is none (signed out, or not loaded yet). */
  getAccessToken: () => string | null;
  /** The API answered 401: the token is missing, expired or refused. `detail` is the API's reason. */
  onUnauthorized: (detail: string) => void;
}

let current: AccessTokenSource | null = null;

/** Registers the source the API client asks for tokens; returns the function that unregisters it. */
export function setAccessTokenSource(source: AccessTokenSource): () => void {
  current = source;
  return () => {
    if (current === source) current = null;
  };
}

/** Whether the UI holds an access token: a plain link would go without it, so downloads go through the API client. */
export function hasAccessToken(): boolean {
  return Boolean(current?.getAccessToken());
}

/** The Authorization header for the next API request: `Bearer <access token>`, or none. */
export function authorizationHeaders(): Record<string, string> {
  const token = current?.getAccessToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Tells the sign-in that the API refused the request's credentials. */
export function reportUnauthorized(detail: string): void {
  current?.onUnauthorized(detail);
}
