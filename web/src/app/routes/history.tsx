import { useSearchParams } from 'react-router';

import { DocumentsList } from '@/features/documents/components/documents-list';
import { useDocumentTitle } from '@/hooks/use-document-title';

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function HistoryRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));
  useDocumentTitle('History');
  return (
    <>
      <h1>History</h1>
      <DocumentsList page={page} onPageChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {})} />
    </>
  );
}
