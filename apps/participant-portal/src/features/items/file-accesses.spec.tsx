import { MockedProvider } from '@apollo/client/testing/react';
import { createAlianzaCache } from '@alianza/graphql-client';
import { renderWithProviders } from '@alianza/ui/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FileAccesses } from './file-accesses';
import { PortalFileAccessesDocument } from './items.generated';
import { itemsMessages } from './messages';

const FILES = [
  {
    id: 'f1',
    name: 'costes.pdf',
    mediaType: 'application/pdf',
    kind: 'PDF' as const,
    bytes: 2048,
    pages: 12,
  },
  {
    id: 'f2',
    name: 'horno.jpg',
    mediaType: 'image/jpeg',
    kind: 'IMAGE' as const,
    bytes: 1024,
    pages: null,
  },
];

const page = (nodes: object[]) => ({
  __typename: 'FileAccessConnection',
  nodes,
  pageInfo: { __typename: 'PageInfo', endCursor: nodes.length ? 'c1' : null, hasNextPage: false },
  totalCount: nodes.length,
});

const ANSWER = {
  data: {
    item: {
      __typename: 'Item',
      id: 'i1',
      latest: {
        __typename: 'ItemVersion',
        id: 'v1',
        files: [
          {
            __typename: 'ItemFile',
            id: 'f1',
            accesses: page([
              {
                __typename: 'FileAccess',
                id: 'a2',
                createdAt: '2026-11-20T09:30:00.000Z',
                kind: 'DOWNLOAD',
                pages: [1, 2, 3, 4, 5],
                recipientOrganizationId: 'o2',
                userName: 'Olga Molinera',
                grantId: 'g1',
              },
              {
                __typename: 'FileAccess',
                id: 'a1',
                createdAt: '2026-11-19T16:00:00.000Z',
                kind: 'VIEW',
                pages: null,
                recipientOrganizationId: 'o3',
                userName: 'Hugo Harinas',
                grantId: 'g2',
              },
            ]),
          },
          { __typename: 'ItemFile', id: 'f2', accesses: page([]) },
        ],
      },
    },
  },
};

function render(language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider
      cache={createAlianzaCache()}
      mocks={[
        {
          request: { query: PortalFileAccessesDocument, variables: { itemId: 'i1', first: 20 } },
          result: ANSWER,
          maxUsageCount: 2,
        },
      ]}
    >
      <FileAccesses
        itemId="i1"
        files={FILES}
        organizationNames={
          new Map([
            ['o2', 'Molino del Sur'],
            ['o3', 'Harinas Norte'],
          ])
        }
      />
    </MockedProvider>,
    { messages: { items: itemsMessages }, language },
  );
}

describe('FileAccesses', () => {
  it('lists who opened a file, when, how and which pages, once the file is opened', async () => {
    render();
    expect(screen.queryByRole('table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Quién ha abierto costes.pdf' }));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Olga Molinera', 'Molino del Sur', expect.stringContaining('2026'), 'Lo descargó', '1–5'],
      ['Hugo Harinas', 'Harinas Norte', expect.stringContaining('2026'), 'Lo vio', 'Todas'],
    ]);
    expect(screen.getByText('Mostrando 2 de 2')).toBeInTheDocument();
  });

  it('says when no one has opened a file yet', async () => {
    render('en');
    fireEvent.click(screen.getByRole('button', { name: 'Who opened horno.jpg' }));
    expect(await screen.findByText('No one has opened it yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
