import { renderWithProviders } from '@alianza/ui/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MAX_CUSTOMER_FILE_BYTES } from './activity-helpers';
import { CustomerListPanel } from './customer-list-panel';
import { activityMessages } from './messages';

vi.setConfig({ testTimeout: 20_000 });

const LIST = {
  id: 'list-1',
  areaId: 'area-1',
  fileName: 'clientes.csv',
  accepted: 120,
  duplicates: 1,
  rejected: 3,
  uploadedAt: '2026-11-20T10:00:00Z',
};

function render(list: typeof LIST | null) {
  const onUpload = vi.fn().mockResolvedValue(true);
  const onRemove = vi.fn().mockResolvedValue(true);
  const { container } = renderWithProviders(
    <CustomerListPanel
      list={list}
      canChange
      uploading={false}
      removing={false}
      onUpload={onUpload}
      onRemove={onRemove}
    />,
    { messages: { activity: activityMessages } },
  );
  const input = container.querySelector('input[type="file"]') as HTMLInputElement;
  return { onUpload, onRemove, input, user: userEvent.setup({ delay: null }) };
}

describe('CustomerListPanel', () => {
  it('shows only the counts of the current list, and says identifiers are never shown', () => {
    render(LIST);
    expect(screen.getByText(/«clientes.csv»/)).toBeVisible();
    expect(
      screen.getByText('120 identificadores aceptados · 1 repetido · 3 líneas no reconocidas'),
    ).toBeVisible();
    expect(screen.getByText(/nadie puede volver a verlo, tampoco vosotros/)).toBeVisible();
  });

  it('reads the chosen file in the browser and sends its text and name', async () => {
    const { user, input, onUpload } = render(null);
    expect(screen.getByText('No habéis subido ninguna lista en esta área.')).toBeVisible();
    await user.upload(input, new File(['B-1234.5678\nacme.es'], 'mis-clientes.csv'));
    await user.click(screen.getByRole('button', { name: 'Subir y cifrar' }));
    await waitFor(() =>
      expect(onUpload).toHaveBeenCalledWith({
        content: 'B-1234.5678\nacme.es',
        fileName: 'mis-clientes.csv',
      }),
    );
  });

  it('refuses a file over 2 MB without sending it', async () => {
    const { user, input, onUpload } = render(LIST);
    await user.upload(input, new File(['x'.repeat(MAX_CUSTOMER_FILE_BYTES + 1)], 'big.csv'));
    await user.click(screen.getByRole('button', { name: 'Subir y sustituir la lista actual' }));
    expect(await screen.findByText(/El archivo pesa más de 2 MB/)).toBeVisible();
    expect(onUpload).not.toHaveBeenCalled();
  });

  it('asks before removing the list', async () => {
    const { user, onRemove } = render(LIST);
    await user.click(screen.getByRole('button', { name: 'Quitar la lista' }));
    expect(await screen.findByText(/Se borrarán todas sus huellas/)).toBeInTheDocument();
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Quitar la lista' }));
    await waitFor(() => expect(onRemove).toHaveBeenCalledTimes(1));
  });
});
