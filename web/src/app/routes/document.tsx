import { Link, useNavigate, useParams } from 'react-router';

import { ErrorAlert } from '@/components/error-alert';
import { Loading } from '@/components/loading';
import { paths } from '@/config/paths';
import { AnalysisView } from '@/features/analysis/components/analysis-view';
import { useDocument } from '@/features/documents/api/get-document';
import { useDocumentText } from '@/features/documents/api/get-document-content';
import { DeleteDocumentButton } from '@/features/documents/components/delete-document-button';
import { DownloadOriginalButton } from '@/features/documents/components/download-original-button';
import { ExportFhirButton } from '@/features/documents/components/export-fhir-button';
import { ReviewPanel } from '@/features/review/components/review-panel';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatBytes, formatDateTime } from '@/utils/format';
import { selectedSpan } from '@/utils/text-selection';

export function DocumentRoute() {
  const { documentId = '' } = useParams();
  const navigate = useNavigate();
  const document = useDocument(documentId);
  const text = useDocumentText(document.data);
  useDocumentTitle(document.data ? document.data.filename : 'Document');

  if (document.isPending) return <Loading label="Loading the document…" />;
  if (document.isError) {
    return (
      <>
        <ErrorAlert title="Could not open this document" error={document.error} />
        <p>
          <Link to={paths.history.getHref()}>Back to history</Link>
        </p>
      </>
    );
  }

  const stored = document.data;
  return (
    <article className="document-page">
      <header className="document-page__header">
        <div>
          <h1>{stored.filename}</h1>
          <p className="muted">
            {formatBytes(stored.size_bytes)} · uploaded{' '}
            <time dateTime={stored.created_at}>{formatDateTime(stored.created_at)}</time>
            {' · '}
            <DownloadOriginalButton id={stored.id} filename={stored.filename} />
          </p>
        </div>
        <div className="document-page__actions">
          <ExportFhirButton id={stored.id} filename={stored.filename} />
          <DeleteDocumentButton
            id={stored.id}
            filename={stored.filename}
            onDeleted={() => navigate(paths.history.getHref())}
          />
        </div>
      </header>
      {text.error ? <ErrorAlert title="Could not load the document text" error={text.error} /> : null}
      {text.isLoading ? (
        <Loading label="Loading the document text…" />
      ) : (
        <AnalysisView analysis={stored.analysis} text={text.text} />
      )}
      <ReviewPanel
        documentId={stored.id}
        codes={stored.analysis.codes}
        getSelectedEvidence={() =>
          text.text === null
            ? null
            : selectedSpan(window.document.querySelector('[data-testid="document-text"]'), text.text)
        }
      />
    </article>
  );
}
