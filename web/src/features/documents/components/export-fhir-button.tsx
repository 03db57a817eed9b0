import { ErrorAlert } from '@/components/error-alert';
import { saveFile } from '@/utils/save-file';

import { useDocumentFhir } from '../api/get-document-fhir';

interface ExportFhirButtonProps {
  id: string;
  filename: string;
}

/** The file name of the download: "chest.txt" → "chest.fhir.json". */
export function fhirFileName(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return `${dot > 0 ? filename.slice(0, dot) : filename}.fhir.json`;
}

/** Downloads the document's analysis as a FHIR R4 Bundle (docs/fhir.md) through the API client. */
export function ExportFhirButton({ id, filename }: ExportFhirButtonProps) {
  const exportFhir = useDocumentFhir({
    onSuccess: (bundle) => saveFile(new Blob([bundle], { type: 'application/fhir+json' }), fhirFileName(filename)),
  });
  return (
    <div className="export-fhir">
      <button
        type="button"
        className="button button--secondary"
        disabled={exportFhir.isPending}
        onClick={() => exportFhir.mutate(id)}
      >
        {exportFhir.isPending ? 'Exporting… ' : 'Export FHIR '}
        <span className="visually-hidden">{`of ${filename}`}</span>
      </button>
      {exportFhir.isError ? <ErrorAlert title="Could not export FHIR" error={exportFhir.error} /> : null}
    </div>
  );
}
