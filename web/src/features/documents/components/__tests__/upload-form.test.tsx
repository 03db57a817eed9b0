import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { deferred, mockApi, problem } from '@/testing/api-server';
import type { MockResponse } from '@/testing/api-server';
import { chestReport, storedDocument } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';

import { UploadForm } from '../upload-form';

function chooseFile(file: File) {
  const input = screen.getByLabelText('Choose a file');
  fireEvent.change(input, { target: { files: [file] } });
}

describe('UploadForm', () => {
  it('uploads a picked file as multipart and hands back the stored document', async () => {
    const stored = storedDocument();
    const api = mockApi({ 'POST /api/documents': { status: 201, json: stored } });
    const onUploaded = vi.fn();
    const { user } = renderWithProviders(<UploadForm onUploaded={onUploaded} />);

    chooseFile(new File([chestReport], 'chest-xray.txt', { type: 'text/plain' }));
    expect(screen.getByTestId('chosen-file')).toHaveTextContent('chest-xray.txt');
    await user.click(screen.getByRole('button', { name: 'Analyse file' }));

    await waitFor(() => expect(onUploaded).toHaveBeenCalledWith(stored));
    const body = api.requests[0]?.body as FormData;
    expect((body.get('file') as File).name).toBe('chest-xray.txt');
    expect(await (body.get('file') as File).text()).toBe(chestReport);
  });

  // jsdom reports the upload finished only when the answer arrives, so a pending request shows the upload phase.
  it('shows progress while the document is uploaded', async () => {
    const answer = deferred<MockResponse>();
    mockApi({ 'POST /api/documents': () => answer.promise });
    const { user } = renderWithProviders(<UploadForm onUploaded={() => {}} />);

    await user.type(screen.getByLabelText('Document text'), 'No pleural effusion.');
    await user.click(screen.getByRole('button', { name: 'Analyse text' }));

    expect(await screen.findByText(/^Uploading…/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Analyse text' })).toBeDisabled();
    answer.resolve({ status: 201, json: storedDocument() });
    await waitFor(() => expect(screen.queryByText(/^Uploading…/)).not.toBeInTheDocument());
  });

  it('sends pasted text as json with its optional name', async () => {
    const api = mockApi({ 'POST /api/documents': { status: 201, json: storedDocument() } });
    const onUploaded = vi.fn();
    const { user } = renderWithProviders(<UploadForm onUploaded={onUploaded} />);

    await user.type(screen.getByLabelText('Document text'), 'Hemoglobin 9.2 g/dL (L)');
    await user.type(screen.getByLabelText('Name (optional)'), 'cbc.txt');
    await user.click(screen.getByRole('button', { name: 'Analyse text' }));

    await waitFor(() => expect(onUploaded).toHaveBeenCalled());
    expect(api.requests[0]?.body).toEqual({ document_text: 'Hemoglobin 9.2 g/dL (L)', filename: 'cbc.txt' });
  });

  it.each([
    [413, 'upload_too_large', 'Upload too large', 'The file is 12.4 MiB; the limit is 10 MiB.'],
    [415, 'unsupported_file_type', 'Unsupported file type', 'Only .txt and .pdf files are accepted; got .docx.'],
    [422, 'unreadable_pdf', 'Unreadable PDF', 'The PDF could not be read: it has no text layer.'],
  ])('shows the problem detail plainly when the api answers %i %s', async (status, kind, title, detail) => {
    mockApi({ 'POST /api/documents': problem(status, kind, title, detail) });
    const onUploaded = vi.fn();
    const { user } = renderWithProviders(<UploadForm onUploaded={onUploaded} />);

    chooseFile(new File(['x'], 'report.docx', { type: 'application/octet-stream' }));
    await user.click(screen.getByRole('button', { name: 'Analyse file' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The document was not accepted');
    expect(alert).toHaveTextContent(detail);
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('says the server cannot be reached when the request fails', async () => {
    mockApi({});
    vi.stubGlobal(
      'XMLHttpRequest',
      class {
        upload = {};
        onerror: (() => void) | null = null;
        open() {}
        setRequestHeader() {}
        send() {
          setTimeout(() => this.onerror?.(), 0);
        }
      },
    );
    const { user } = renderWithProviders(<UploadForm onUploaded={() => {}} />);
    await user.type(screen.getByLabelText('Document text'), 'No acute disease.');
    await user.click(screen.getByRole('button', { name: 'Analyse text' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the MedDoc API');
  });

  it('asks for text instead of sending an empty paste', async () => {
    const api = mockApi({});
    const { user } = renderWithProviders(<UploadForm onUploaded={() => {}} />);
    await user.type(screen.getByLabelText('Document text'), '   ');
    await user.click(screen.getByRole('button', { name: 'Analyse text' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Paste the document text first.');
    expect(api.requests).toHaveLength(0);
  });

  it('accepts a dropped file', async () => {
    mockApi({});
    renderWithProviders(<UploadForm onUploaded={() => {}} />);
    const file = new File([chestReport], 'dropped.pdf', { type: 'application/pdf' });
    fireEvent.drop(screen.getByTestId('dropzone'), { dataTransfer: { files: [file] } });
    expect(screen.getByTestId('chosen-file')).toHaveTextContent('dropped.pdf');
    expect(screen.getByRole('button', { name: 'Analyse file' })).toBeEnabled();
  });
});
