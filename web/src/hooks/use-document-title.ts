import { useEffect } from 'react';

/** Sets the tab title to "<page> · MedDoc AI" while the page is shown. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · MedDoc AI`;
  }, [title]);
}
