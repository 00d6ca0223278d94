import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArchiveAreaModal } from './archive-area-modal';
import { ConsoleAreasDocument, ConsoleSetAreaArchivedDocument } from './areas.generated';
import { areasMessages } from './messages';

const area = {
  __typename: 'Area' as const,
  id: 'a1',
  name: 'Compras',
  description: '',
  sensitivity: 'OPEN' as const,
  position: 1,
  archivedAt: null,
};

function render(archived: boolean, sent: (v: unknown) => void, language: 'es' | 'en' = 'es') {
  const onClose = vi.fn();
  const mocks = [
    {
      request: {
        query: ConsoleSetAreaArchivedDocument,
        variables: (variables: unknown) => {
          sent(variables);
          return true;
        },
      },
      result: {
        data: {
          setAreaArchived: { ...area, archivedAt: archived ? '2026-12-06T09:00:00Z' : null },
        },
      },
    },
    {
      request: { query: ConsoleAreasDocument, variables: () => true },
      result: { data: null },
      maxUsageCount: 10,
    },
  ];
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <>
        <Notifications />
        <ArchiveAreaModal area={area} archived={archived} onClose={onClose} />
      </>
    </MockedProvider>,
    { messages: { areas: areasMessages }, language },
  );
  return { onClose, user: userEvent.setup({ delay: null }) };
}

describe('ArchiveAreaModal', () => {
  it('archives the area once confirmed, saying what it keeps', async () => {
    const sent = vi.fn();
    const { onClose, user } = render(true, sent);
    expect(screen.getByText('¿Archivar el área «Compras»?')).toBeVisible();
    expect(screen.getByText(/conserva su información/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Archivar' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith({ areaId: 'a1', input: { archived: true } });
  });

  it('brings an area back, in English too', async () => {
    const sent = vi.fn();
    const { onClose, user } = render(false, sent, 'en');
    expect(screen.getByText('Bring back the area “Compras”?')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Bring back' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith({ areaId: 'a1', input: { archived: false } });
  });
});
