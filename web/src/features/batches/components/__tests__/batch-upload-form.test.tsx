import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { deferred, mockApi, problem } from '@/testing/api-server';
import type { MockResponse } from '@/testing/api-server';
import { batch, chestReport } from '@/testing/fixtures';
import { renderWithProviders } from '@/testing/test-utils';

import { BatchUploadForm } from '../batch-upload-form';

function text(name: string, content = chestReport) {
  return new File([content], name, { type: 'text/plain' });
}

function inFolder(file: File, path: string): File {
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

function pick(label: string, files: File[]) {
  fireEvent.change(screen.getByLabelText(label), { target: { files } });
}

describe('BatchUploadForm', () => {
  it('sends many files in one request as repeated files parts and hands back the batch', async () => {
    const created = batch();
    const api = mockApi({ 'POST /api/batches': { status: 202, json: created } });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<BatchUploadForm onCreated={onCreated} />);

    pick('Choose files', [text('a.txt', 'FINDINGS: No effusion.'), text('b.txt'), new File(['%PDF-1.4'], 'c.pdf')]);
    expect(screen.getByText('3 files to analyse')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start batch' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
    expect(api.requests).toHaveLength(1);
    const body = api.requests[0]?.body as FormData;
    const parts = body.getAll('files') as File[];
    expect(parts.map((part) => part.name)).toEqual(['a.txt', 'b.txt', 'c.pdf']);
    expect(await parts[0]?.text()).toBe('FINDINGS: No effusion.');
    expect(body.get('file')).toBeNull();
  });

  it('does not send files the api would refuse, and says why', async () => {
    const api = mockApi({ 'POST /api/batches': { status: 202, json: batch({ total: 1, queued: 1 }) } });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<BatchUploadForm onCreated={onCreated} />);

    pick('Choose files', [text('keep.txt'), new File(['x'], 'notes.docx'), new File([], 'empty.txt')]);

    const refused = screen.getByRole('list', { name: 'Files not sent' });
    expect(within(refused).getByText('notes.docx').closest('li')).toHaveTextContent(
      "Only .txt and .pdf files are accepted; the file's extension is '.docx'.",
    );
    expect(within(refused).getByText('empty.txt').closest('li')).toHaveTextContent('The file is empty.');
    expect(screen.getByText('1 file to analyse')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start batch' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const parts = (api.requests[0]?.body as FormData).getAll('files') as File[];
    expect(parts.map((part) => part.name)).toEqual(['keep.txt']);
  });

  it('sends a single .zip as the file part', async () => {
    const api = mockApi({ 'POST /api/batches': { status: 202, json: batch() } });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<BatchUploadForm onCreated={onCreated} />);

    pick('Choose files', [new File(['PK\u0003\u0004'], 'night.zip', { type: 'application/zip' })]);
    expect(screen.getByTestId('batch-selection')).toHaveTextContent('the server unpacks it');
    await user.click(screen.getByRole('button', { name: 'Start batch' }));

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    const body = api.requests[0]?.body as FormData;
    expect((body.get('file') as File).name).toBe('night.zip');
    expect(body.getAll('files')).toHaveLength(0);
  });

  it('offers a folder picker and keeps each file’s path in the folder', () => {
    mockApi({});
    renderWithProviders(<BatchUploadForm onCreated={() => {}} />);
    const folder = screen.getByLabelText('Choose a folder');
    expect(folder).toHaveAttribute('webkitdirectory');
    expect(folder).toHaveAttribute('multiple');
    expect(screen.getByLabelText('Choose files')).toHaveAttribute('multiple');

    pick('Choose a folder', [
      inFolder(text('a.txt'), 'night/ward-1/a.txt'),
      inFolder(text('b.txt'), 'night/ward-2/b.txt'),
      inFolder(new File(['x'], '.DS_Store'), 'night/.DS_Store'),
    ]);

    expect(screen.getByText('2 files to analyse')).toBeInTheDocument();
    const listed = within(screen.getByRole('list', { name: 'Files to analyse' })).getAllByRole('listitem');
    expect(listed.map((item) => item.textContent)).toEqual(['night/ward-1/a.txt', 'night/ward-2/b.txt']);
    expect(
      within(screen.getByRole('list', { name: 'Files not sent' })).getByText('night/.DS_Store'),
    ).toBeInTheDocument();
  });

  it('adds dropped files to the selection and clears it on request', async () => {
    mockApi({});
    const { user } = renderWithProviders(<BatchUploadForm onCreated={() => {}} />);
    pick('Choose files', [text('a.txt')]);
    fireEvent.drop(screen.getByTestId('batch-dropzone'), { dataTransfer: { files: [text('b.txt'), text('a.txt')] } });

    expect(await screen.findByText('2 files to analyse')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByTestId('batch-selection')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start batch' })).toBeDisabled();
  });

  // jsdom reports the upload finished only when the answer arrives, so a pending request shows the upload phase.
  it('shows upload progress while the batch is sent', async () => {
    const answer = deferred<MockResponse>();
    mockApi({ 'POST /api/batches': () => answer.promise });
    const { user } = renderWithProviders(<BatchUploadForm onCreated={() => {}} />);
    pick('Choose files', [text('a.txt'), text('b.txt')]);
    await user.click(screen.getByRole('button', { name: 'Start batch' }));

    expect(await screen.findByText(/^Uploading 2 files… \d+%$/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start batch' })).toBeDisabled();
    answer.resolve({ status: 202, json: batch() });
    await waitFor(() => expect(screen.queryByText(/^Uploading/)).not.toBeInTheDocument());
  });

  it('shows the problem detail when the api refuses the batch', async () => {
    mockApi({
      'POST /api/batches': problem(
        413,
        'batch_too_many_documents',
        'Too many documents',
        'The batch holds more than 2 documents (BATCH_MAX_DOCUMENTS).',
      ),
    });
    const onCreated = vi.fn();
    const { user } = renderWithProviders(<BatchUploadForm onCreated={onCreated} />);
    pick('Choose files', [text('a.txt'), text('b.txt'), text('c.txt')]);
    await user.click(screen.getByRole('button', { name: 'Start batch' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The batch was not accepted');
    expect(alert).toHaveTextContent('The batch holds more than 2 documents (BATCH_MAX_DOCUMENTS).');
    expect(onCreated).not.toHaveBeenCalled();
  });

  it('sends nothing when no chosen file can be analysed', () => {
    const api = mockApi({});
    renderWithProviders(<BatchUploadForm onCreated={() => {}} />);
    pick('Choose files', [new File(['x'], 'photo.jpg')]);
    expect(screen.getByRole('button', { name: 'Start batch' })).toBeDisabled();
    fireEvent.submit(screen.getByRole('button', { name: 'Start batch' }).closest('form') as HTMLFormElement);
    expect(screen.getByRole('alert')).toHaveTextContent('None of the chosen files can be analysed.');
    expect(api.requests).toHaveLength(0);
  });
});
