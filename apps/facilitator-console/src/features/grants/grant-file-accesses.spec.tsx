import { MockedProvider } from '@apollo/client/testing/react';
import { createAlianzaCache } from '@alianza/graphql-client';
import { renderWithProviders } from '@alianza/ui/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { GrantFileAccesses } from './grant-file-accesses';
import {
  ConsoleFileAccessesDocument,
  ConsoleGrantFilesDocument,
  type ConsoleGrantRowFragment,
} from './grants.generated';
import { grantsMessages } from './messages';
import type { GrantsDirectory } from './use-grants-directory';

/** Molino's grant on version 1 shares the cost study and the prices. */
const GRANT = {
  id: 'g1',
  itemId: 'i1',
  itemVersionId: 'v1',
  requestId: 'r1',
  recipientOrganizationId: 'molino',
  ownerOrganizationId: 'espiga',
  reference: 'AB12',
  state: 'ACTIVE',
  validUntil: null,
  createdAt: '2026-11-01T10:00:00.000Z',
  revokedAt: null,
  revokeReason: null,
  redaction: {
    files: [
      { fileId: 'f1', pages: [1, 2, 3], download: true },
      { fileId: 'f2', pages: null, download: false },
    ],
  },
} as unknown as ConsoleGrantRowFragment;

const directory: GrantsDirectory = {
  organizationName: (id) => ({ molino: 'Molino del Sur', harinas: 'Harinas Norte' })[id] ?? '',
  areaName: () => 'Costes',
};

const page = (nodes: object[]) => ({
  __typename: 'FileAccessConnection',
  nodes,
  pageInfo: { __typename: 'PageInfo', endCursor: nodes.length ? 'c1' : null, hasNextPage: false },
  totalCount: nodes.length,
});

const access = (id: string, grantId: string, organization: string, extra: object) => ({
  __typename: 'FileAccess',
  id,
  grantId,
  recipientOrganizationId: organization,
  userName: `Persona de ${organization}`,
  ...extra,
});

const MOCKS = [
  {
    request: { query: ConsoleGrantFilesDocument, variables: { itemId: 'i1' } },
    result: {
      data: {
        item: {
          __typename: 'Item',
          id: 'i1',
          versions: [
            {
              __typename: 'ItemVersion',
              id: 'v1',
              files: [
                { __typename: 'ItemFile', id: 'f1', name: 'coste.pdf' },
                { __typename: 'ItemFile', id: 'f2', name: 'tarifas.xlsx' },
              ],
            },
          ],
        },
      },
    },
  },
  {
    request: { query: ConsoleFileAccessesDocument, variables: { itemId: 'i1', first: 20 } },
    maxUsageCount: 2,
    result: {
      data: {
        item: {
          __typename: 'Item',
          id: 'i1',
          versions: [
            {
              __typename: 'ItemVersion',
              id: 'v1',
              files: [
                {
                  __typename: 'ItemFile',
                  id: 'f1',
                  accesses: page([
                    access('a2', 'g1', 'molino', {
                      createdAt: '2026-11-20T09:30:00.000Z',
                      kind: 'DOWNLOAD',
                      pages: [1, 2, 3],
                    }),
                    access('a1', 'g7', 'harinas', {
                      createdAt: '2026-11-19T16:00:00.000Z',
                      kind: 'VIEW',
                      pages: null,
                    }),
                  ]),
                },
                { __typename: 'ItemFile', id: 'f2', accesses: page([]) },
              ],
            },
          ],
        },
      },
    },
  },
];

function render(language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider cache={createAlianzaCache()} mocks={MOCKS}>
      <GrantFileAccesses grant={GRANT} directory={directory} />
    </MockedProvider>,
    { messages: { grants: grantsMessages }, language },
  );
}

describe('GrantFileAccesses', () => {
  it('lists who opened a file of the grant once it is opened, the grant’s own rows marked', async () => {
    render();
    fireEvent.click(await screen.findByRole('button', { name: 'Quién ha abierto coste.pdf' }));
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      [
        'Persona de molino',
        'Molino del Sur',
        expect.stringContaining('2026'),
        'Lo descargó',
        '1–3',
      ],
      ['Persona de harinas', 'Harinas Norte', expect.stringContaining('2026'), 'Lo vio', 'Todas'],
    ]);
    expect(rows[0]).toHaveAttribute('aria-current', 'true');
    expect(rows[1]).not.toHaveAttribute('aria-current');
    expect(screen.getByText('Mostrando 2 de 2')).toBeInTheDocument();
  });

  it('says when no one has opened a file yet, in English too', async () => {
    render('en');
    expect(await screen.findByText(/in bold, Molino del Sur through this grant/)).toBeVisible();
    fireEvent.click(await screen.findByRole('button', { name: 'Who opened tarifas.xlsx' }));
    expect(await screen.findByText('No one has opened it yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
