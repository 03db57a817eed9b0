import { useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { UploadForm } from '@/features/documents/components/upload-form';
import { useDocumentTitle } from '@/hooks/use-document-title';

export function HomeRoute() {
  const navigate = useNavigate();
  useDocumentTitle('Analyse a document');
  return (
    <>
      <div className="page-intro">
        <h1>Analyse a medical document</h1>
        <p>
          MedDoc AI reads a lab report, imaging report or clinical note and suggests ICD-10-CM codes, each backed by the
          words that support it. Negated, possible and family-history mentions are shown but never coded.
        </p>
      </div>
      <UploadForm onUploaded={(document) => navigate(paths.document.getHref(document.id))} />
    </>
  );
}
