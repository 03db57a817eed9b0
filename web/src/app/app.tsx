import { useState } from 'react';
import { RouterProvider } from 'react-router';

import { AuthGate } from '@/features/auth/components/auth-gate';
import { createQueryClient } from '@/lib/react-query';

import { AppProvider } from './provider';
import { createAppRouter } from './router';

/** The router starts once the user may use the app, so it sees the URL the sign-in callback restored. */
function AppRouter() {
  const [router] = useState(createAppRouter);
  return <RouterProvider router={router} />;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <AppProvider queryClient={queryClient}>
      <AuthGate>
        <AppRouter />
      </AuthGate>
    </AppProvider>
  );
}
