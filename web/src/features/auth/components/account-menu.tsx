import { useMe } from '../api/get-me';

import { useSession } from './session';

/** The signed-in user and their tenant in the header, with Sign out; nothing in local mode. */
export function AccountMenu() {
  const session = useSession();
  if (session.kind === 'local') return null;
  return <SignedInAccount name={session.name} signOut={session.signOut} />;
}

function SignedInAccount({ name, signOut }: { name: string; signOut: () => void }) {
  const me = useMe();
  return (
    <div className="account" aria-label="Signed-in user" role="group">
      <span className="account__user" data-testid="signed-in-user">
        {name}
      </span>
      {me.data?.tenant ? (
        <span className="account__tenant" data-testid="signed-in-tenant">
          <span className="visually-hidden">Tenant </span>
          {me.data.tenant}
        </span>
      ) : null}
      <button type="button" className="button button--secondary account__sign-out" onClick={signOut}>
        Sign out
      </button>
    </div>
  );
}
