import { CreateWebhookEndpointDocument, WebhookEndpointsDocument } from '@alianza/graphql-client';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { webhooksMessages } from './messages';
import { WebhooksScreen } from './webhooks-screen';

const endpoint = (id: string, url: string) => ({
  __typename: 'WebhookEndpoint',
  id,
  ownerKind: 'COLLABORATION',
  collaborationId: 'c1',
  organizationId: null,
  url,
  description: '',
  eventKinds: ['DISCLOSURE_APPROVED'],
  status: 'ACTIVE',
  consecutiveFailures: 0,
  pausedAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  lastDelivery: null,
});

const list = (nodes: unknown[]) => ({
  request: { query: WebhookEndpointsDocument, variables: { collaborationId: 'c1' } },
  result: {
    data: {
      webhookEndpoints: {
        __typename: 'WebhookEndpointConnection',
        totalCount: nodes.length,
        nodes,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
});

describe('WebhooksScreen', () => {
  it('lists a collaboration’s endpoints and creates one for it, showing its secret once', async () => {
    const created = endpoint('e2', 'https://erp.example.org/h');
    const mocks = [
      list([endpoint('e1', 'https://crm.example.org/a')]),
      {
        request: {
          query: CreateWebhookEndpointDocument,
          variables: {
            input: {
              collaborationId: 'c1',
              url: 'https://erp.example.org/h',
              description: null,
              eventKinds: [
                'DISCLOSURE_REQUESTED',
                'DISCLOSURE_APPROVED',
                'GRANT_REVOKED',
                'LEDGER_ENTRY_CONFIRMED',
                'PARTICIPATION_ACCEPTED',
              ],
            },
          },
        },
        result: {
          data: {
            createWebhookEndpoint: {
              __typename: 'CreatedWebhookEndpoint',
              secret: 'whsec_once',
              endpoint: created,
            },
          },
        },
      },
      list([created, endpoint('e1', 'https://crm.example.org/a')]),
    ];
    renderWithProviders(
      <MockedProvider mocks={mocks}>
        <WebhooksScreen owner={{ collaborationId: 'c1' }} />
      </MockedProvider>,
      { messages: { webhooks: webhooksMessages } },
    );
    const table = await screen.findByRole('table', { name: /Webhooks registrados/ });
    expect(within(table).getByText('https://crm.example.org/a')).toBeVisible();
    const user = userEvent.setup({ delay: null });
    await user.type(
      screen.getByRole('textbox', { name: /^Dirección/ }),
      'https://erp.example.org/h',
    );
    await user.click(screen.getByRole('button', { name: 'Añadir webhook' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('textbox', { name: /Secreto de firma/ })).toHaveValue(
      'whsec_once',
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: /Webhooks registrados/ })).getByText(
          'https://erp.example.org/h',
        ),
      ).toBeVisible(),
    );
  });
});
