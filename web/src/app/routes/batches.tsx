import { useNavigate, useSearchParams } from 'react-router';

import { paths } from '@/config/paths';
import { BatchUploadForm } from '@/features/batches/components/batch-upload-form';
import { BatchesList } from '@/features/batches/components/batches-list';
import { useDocumentTitle } from '@/hooks/use-document-title';

function parsePage(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

export function BatchesRoute() {
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = parsePage(searchParams.get('page'));
  useDocumentTitle('Batches');
  return (
    <>
      <div className="page-intro">
        <h1>Batches</h1>
        <p>
          Analyse many documents at once: a folder, a set of .txt and .pdf files or one .zip. Each document is stored
          and analysed exactly like a single upload, by background workers; follow the progress and download the
          results.
        </p>
      </div>
      <BatchUploadForm onCreated={(batch) => navigate(paths.batch.getHref(batch.id))} />
      <section className="batches-recent" aria-labelledby="recent-batches-heading">
        <h2 id="recent-batches-heading">Recent batches</h2>
        <BatchesList page={page} onPageChange={(next) => setSearchParams(next > 1 ? { page: String(next) } : {})} />
      </section>
    </>
  );
}
