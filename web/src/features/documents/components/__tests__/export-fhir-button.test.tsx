import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { mockApi, problem } from '@/testing/api-server';
import { renderWithProviders } from '@/testing/test-utils';

import { ExportFhirButton, fhirFileName } from '../export-fhir-button';

const bundle = '{"resourceType":"Bundle","type":"collection","entry":[]}';

describe('ExportFhirButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('downloads the bundle the api returns as <name>.fhir.json', async () => {
    mockApi({
      'GET /api/documents/doc-1/fhir': { status: 200, text: bundle, contentType: 'application/fhir+json' },
    });
    const saved: { name: string; content: string }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:fhir');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, content: this.href });
    });
    const createObjectURL = vi.mocked(URL.createObjectURL);
    const { user } = renderWithProviders(<ExportFhirButton id="doc-1" filename="chest.txt" />);

    await user.click(screen.getByRole('button', { name: 'Export FHIR of chest.txt' }));

    await waitFor(() => expect(saved).toEqual([{ name: 'chest.fhir.json', content: 'blob:fhir' }]));
    const blob = createObjectURL.mock.calls[0]?.[0] as Blob;
    expect(blob.type).toBe('application/fhir+json');
    expect(await blob.text()).toBe(bundle);
  });

  it('shows the problem when the export fails', async () => {
    mockApi({
      'GET /api/documents/doc-2/fhir': problem(404, 'not_found', 'Document not found', 'No document has the id doc-2.'),
    });
    const { user } = renderWithProviders(<ExportFhirButton id="doc-2" filename="gone.txt" />);

    await user.click(screen.getByRole('button', { name: 'Export FHIR of gone.txt' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('No document has the id doc-2.');
    expect(screen.getByRole('button', { name: 'Export FHIR of gone.txt' })).toBeEnabled();
  });

  it('names the file after the upload without its extension', () => {
    expect(fhirFileName('report.final.pdf')).toBe('report.final.fhir.json');
    expect(fhirFileName('notes')).toBe('notes.fhir.json');
    expect(fhirFileName('.hidden')).toBe('.hidden.fhir.json');
  });
});
