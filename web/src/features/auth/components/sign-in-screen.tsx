interface SignInScreenProps {
  onSignIn: () => void;
  /** Why the last sign-in did not hold (the provider's error, or the API's refusal), if it did not. */
  problem?: string | null;
}

/** What a signed-out user sees when the server requires sign-in: the product, why, and one button. */
export function SignInScreen({ onSignIn, problem }: SignInScreenProps) {
  return (
    <div className="app">
      <header className="app-header">
        <span className="brand">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          <span className="brand__name">MedDoc AI</span>
        </span>
      </header>
      <main id="main" className="app-main sign-in">
        <h1>Sign in to MedDoc AI</h1>
        <p>Medical documents are only shown to signed-in users of your organisation.</p>
        {problem ? (
          <div className="alert alert--error" role="alert">
            <strong className="alert__title">The sign-in did not succeed</strong>
            <p className="alert__detail">{problem}</p>
          </div>
        ) : null}
        <button type="button" className="button" onClick={onSignIn}>
          Sign in
        </button>
      </main>
    </div>
  );
}
