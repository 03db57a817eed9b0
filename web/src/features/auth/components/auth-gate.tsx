import { useQuery } from '@tanstack/react-query';
import type { INavigator, User, UserManager } from 'oidc-client-ts';
import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { AuthProvider, useAuth } from 'react-oidc-context';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { setAccessTokenSource } from '@/lib/access-token';

import { getAuthConfigQueryOptions } from '../api/get-auth-config';
import { currentPath, safeReturnPath } from '../utils/return-path';
import type { SignInState } from '../utils/return-path';
import { createUserManager, displayName, storedAccessToken } from '../utils/user-manager';
import type { OidcSettings } from '../utils/user-manager';

import { SessionProvider } from './session';
import type { Session } from './session';
import { SignInScreen } from './sign-in-screen';

/** A 401 this soon after a completed sign-in is the API refusing fresh tokens: show why instead of looping. */
const refusalWindowMs = 60_000;
const signedInAtKey = 'meddoc.signed-in-at';

interface AuthGateProps {
  children: ReactNode;
  /** Replaces the browser redirect to the provider (tests record where the UI would go). */
  redirectNavigator?: INavigator;
}

const localSession: Session = { kind: 'local' };

/**
 * Renders the app once the user may use it. Asks the API how to sign in (GET /api/auth/config): in local
 * mode the app renders at once, as it always did; with OpenID Connect, after the user signs in at the
 * provider (Authorization Code + PKCE), with every API request carrying the access token.
 */
export function AuthGate({ children, redirectNavigator }: AuthGateProps) {
  const config = useQuery(getAuthConfigQueryOptions());
  if (config.isPending) return <Loading label="Loading…" />;
  if (config.isError) return <ErrorAlert title="Could not reach the MedDoc API" error={config.error} />;
  const settings = config.data;
  if (settings.mode === 'local') return <SessionProvider value={localSession}>{children}</SessionProvider>;
  if (settings.mode === 'misconfigured') {
    return <ErrorAlert title="Sign-in is not configured" error={new Error(settings.reason)} />;
  }
  return (
    <OidcSignIn settings={settings} redirectNavigator={redirectNavigator}>
      {children}
    </OidcSignIn>
  );
}

function OidcSignIn({
  settings,
  redirectNavigator,
  children,
}: {
  settings: OidcSettings;
  redirectNavigator?: INavigator;
  children: ReactNode;
}) {
  const [userManager] = useState(() => createUserManager(settings, redirectNavigator));
  return (
    <AuthProvider userManager={userManager} onSigninCallback={returnAfterSignIn}>
      <SignedIn settings={settings} userManager={userManager}>
        {children}
      </SignedIn>
    </AuthProvider>
  );
}

/** After the callback: remember when, and put the user back where they were (the code leaves the URL). */
function returnAfterSignIn(user: User | undefined) {
  window.sessionStorage.setItem(signedInAtKey, String(Date.now()));
  window.history.replaceState(null, document.title, safeReturnPath(user?.state));
}

function signInAgain(userManager: UserManager) {
  const state: SignInState = { returnTo: currentPath() };
  return userManager.signinRedirect({ state });
}

function SignedIn({
  settings,
  userManager,
  children,
}: {
  settings: OidcSettings;
  userManager: UserManager;
  children: ReactNode;
}) {
  const auth = useAuth();
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(
    () =>
      setAccessTokenSource({
        getAccessToken: () => storedAccessToken(settings),
        onUnauthorized: (detail) => {
          const signedInAt = Number(window.sessionStorage.getItem(signedInAtKey) ?? 0);
          if (Date.now() - signedInAt < refusalWindowMs) {
            // The provider's session would hand out the same refused token again: stop and say why.
            setRefusal(`The MedDoc API refused your sign-in: ${detail}`);
            void userManager.removeUser();
            return;
          }
          void signInAgain(userManager);
        },
      }),
    [settings, userManager],
  );

  const user = auth.user;
  const session = useMemo<Session | null>(
    () =>
      user
        ? {
            kind: 'oidc',
            name: displayName(user),
            subject: user.profile.sub,
            signOut: () => void userManager.signoutRedirect(),
          }
        : null,
    [user, userManager],
  );

  if (auth.isLoading || auth.activeNavigator) return <Loading label="Signing in…" />;
  if (!auth.isAuthenticated || !session) {
    return (
      <SignInScreen
        problem={refusal ?? auth.error?.message ?? null}
        onSignIn={() => {
          setRefusal(null);
          window.sessionStorage.removeItem(signedInAtKey);
          void signInAgain(userManager);
        }}
      />
    );
  }
  return <SessionProvider value={session}>{children}</SessionProvider>;
}
