import type { ItemFileSummary } from '@alianza/ui';
import { renderWithProviders } from '@alianza/ui/testing';
import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { FileField } from './file-field';
import { UploadError, type Uploader, type UploadedFile } from './file-upload';
import { itemsMessages } from './messages';

const KEPT: ItemFileSummary = { id: 'f1', name: 'acta.pdf', kind: 'PDF', bytes: 2048, pages: 3 };

function Harness(props: { upload: Uploader; onChange?: (files: ItemFileSummary[]) => void }) {
  const [files, setFiles] = useState<ItemFileSummary[]>([KEPT]);
  return (
    <FileField
      participationId="p1"
      value={files}
      upload={props.upload}
      onChange={(next) => {
        setFiles(next);
        props.onChange?.(next);
      }}
    />
  );
}

const render = (upload: Uploader, onChange?: (files: ItemFileSummary[]) => void) =>
  renderWithProviders(<Harness upload={upload} onChange={onChange} />, {
    messages: { items: itemsMessages },
  });

const drop = (...files: File[]) =>
  fireEvent.drop(screen.getByTestId('file-drop'), { dataTransfer: { files } });

describe('FileField', () => {
  it('uploads a dropped document with its progress, then lists it after those kept', async () => {
    let progress: (ratio: number) => void = () => undefined;
    let finish: (file: UploadedFile) => void = () => undefined;
    const upload = vi.fn<Uploader>(
      (_participation, _file, onProgress) =>
        new Promise((resolve) => {
          progress = onProgress;
          finish = resolve;
        }),
    );
    const onChange = vi.fn();
    render(upload, onChange);
    expect(screen.getByText('acta.pdf')).toBeInTheDocument();
    expect(screen.getByText('Páginas: 3')).toBeInTheDocument();

    drop(new File(['a;b\n1;2\n'], 'costes.csv', { type: 'text/csv' }));
    expect(upload).toHaveBeenCalledWith('p1', expect.any(File), expect.any(Function));
    act(() => progress(0.5));
    expect(screen.getByText('Subiendo costes.csv: 50 %')).toBeInTheDocument();
    await act(async () =>
      finish({
        id: 'f2',
        name: 'costes.csv',
        mediaType: 'text/csv',
        kind: 'SPREADSHEET',
        bytes: 8,
        pages: null,
      }),
    );
    expect(onChange).toHaveBeenLastCalledWith([KEPT, expect.objectContaining({ id: 'f2' })]);
    expect(screen.queryByText(/Subiendo/)).not.toBeInTheDocument();
    expect(screen.getByText('costes.csv')).toBeInTheDocument();
    expect(screen.getByText('Hoja de cálculo')).toBeInTheDocument();
  });

  it('says why an upload was refused, and lets a kept document be removed', async () => {
    const upload = vi.fn<Uploader>(() =>
      Promise.reject(new UploadError('PAYLOAD_TOO_LARGE', 'The document is larger than 50 MB.')),
    );
    const onChange = vi.fn();
    render(upload, onChange);
    await act(async () => drop(new File(['x'], 'enorme.pdf')));
    expect(
      await screen.findByText('No se pudo subir enorme.pdf: es mayor de lo permitido'),
    ).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Quitar acta.pdf' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.queryByText('acta.pdf')).not.toBeInTheDocument();
  });

  it('lists every document of a multiple choice, however close together their uploads end', async () => {
    const upload = vi.fn<Uploader>((_participation, file) =>
      Promise.resolve({
        id: file.name,
        name: file.name,
        mediaType: 'application/pdf',
        kind: 'PDF',
        bytes: file.size,
        pages: 1,
      }),
    );
    const onChange = vi.fn();
    render(upload, onChange);
    await act(async () => drop(new File(['a'], 'uno.pdf'), new File(['b'], 'dos.pdf')));
    expect(onChange).toHaveBeenLastCalledWith([
      KEPT,
      expect.objectContaining({ id: 'uno.pdf' }),
      expect.objectContaining({ id: 'dos.pdf' }),
    ]);
    expect(screen.getByText('uno.pdf')).toBeInTheDocument();
    expect(screen.getByText('dos.pdf')).toBeInTheDocument();
  });
});
