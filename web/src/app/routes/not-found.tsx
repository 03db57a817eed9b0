import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function NotFoundRoute() {
  useDocumentTitle('Not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to={paths.home.getHref()}>Analyse a document</Link> or open the{' '}
        <Link to={paths.history.getHref()}>history</Link>.
      </p>
    </>
  );
}
