import { createBrowserRouter, Outlet } from 'react-router';
import type { RouteObject } from 'react-router';

import { Layout } from '@/components/layout';
import { paths } from '@/config/paths';
import { AccountMenu } from '@/features/auth/components/account-menu';

import { DocumentRoute } from './routes/document';
import { ErrorRoute } from './routes/error';
import { HistoryRoute } from './routes/history';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

function Root() {
  return (
    <Layout account={<AccountMenu />}>
      <Outlet />
    </Layout>
  );
}

export function createRoutes(): RouteObject[] {
  return [
    {
      path: '/',
      element: <Root />,
      errorElement: (
        <Layout>
          <ErrorRoute />
        </Layout>
      ),
      children: [
        { index: true, element: <HomeRoute /> },
        { path: paths.document.path, element: <DocumentRoute /> },
        { path: paths.history.path, element: <HistoryRoute /> },
        {
          path: paths.evaluation.path,
          // Recharts is only needed here: load it with the page.
          lazy: () => import('./routes/evaluation').then((module) => ({ Component: module.EvaluationRoute })),
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(createRoutes());
}
