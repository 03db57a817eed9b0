import { useRouteError } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';

export function ErrorRoute() {
  const error = useRouteError();
  return (
    <>
      <h1>This page failed</h1>
      <ErrorAlert error={error} />
      <p>
        <a href="/">Start again</a>
      </p>
    </>
  );
}
