import { createContext, useContext } from 'react';

/** Who uses the UI: nobody signs in in local mode; with OpenID Connect, the signed-in user. */
export type Session = { kind: 'local' } | { kind: 'oidc'; name: string; subject: string; signOut: () => void };

const SessionContext = createContext<Session>({ kind: 'local' });

export const SessionProvider = SessionContext.Provider;

export function useSession(): Session {
  return useContext(SessionContext);
}
