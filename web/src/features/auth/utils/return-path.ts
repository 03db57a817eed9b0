/** The state carried through the provider's round trip: where the user was when the sign-in began. */
export interface SignInState {
  returnTo: string;
}

export function currentPath(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/**
 * The in-app path to return to after the callback: only a path on this origin ("/history"), never another
 * site ("//evil.example", "https://…"); anything else returns to the home page.
 */
export function safeReturnPath(state: unknown): string {
  const returnTo = (state as Partial<SignInState> | null | undefined)?.returnTo;
  if (
    typeof returnTo !== 'string' ||
    !returnTo.startsWith('/') ||
    returnTo.startsWith('//') ||
    returnTo.startsWith('/\\')
  ) {
    return '/';
  }
  if (returnTo.startsWith('/auth/callback')) return '/';
  return returnTo;
}
