import { CreateApiTokenDocument } from '@alianza/graphql-client';
import { REPORTING_QUERY_EXAMPLES } from '@alianza/shared';
import { apiTokensMessages } from '@alianza/ui';
import { renderWithProviders } from '@alianza/ui/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { Notifications } from '@mantine/notifications';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiTokensPage } from './api-tokens-page';
import { ConsoleApiTokensDocument } from './api-tokens.generated';

const PORTFOLIO = REPORTING_QUERY_EXAMPLES.find((q) => q.name === 'Portfolio')!;

const tokens = {
  request: { query: ConsoleApiTokensDocument, variables: () => true },
  result: {
    data: {
      me: {
        id: 'u1',
        apiTokens: {
          nodes: [],
          totalCount: 0,
          pageInfo: { hasNextPage: false, endCursor: null },
        },
      },
    },
  },
  maxUsageCount: 5,
};

/** The API refuses the second persisted query, naming it as it does (`operations.1`). */
const refused = {
  request: { query: CreateApiTokenDocument, variables: () => true },
  result: {
    errors: [
      new GraphQLError(
        'Persisted query 2 must hold exactly one query (a reporting token only reads).',
        {
          extensions: { code: 'BAD_USER_INPUT', details: { field: 'operations.1' } },
        },
      ),
    ],
  },
};

/** The machine running the suites may be busy. */
const SLOW = { timeout: 5000 };

describe('ApiTokensPage (console)', () => {
  it('offers the facilitator’s reporting queries, and shows the API’s refusal under the query it names', async () => {
    renderWithProviders(
      <MockedProvider mocks={[tokens, refused] as never}>
        <>
          <Notifications />
          <ApiTokensPage />
        </>
      </MockedProvider>,
      { messages: { 'api-tokens': apiTokensMessages } },
    );
    const user = userEvent.setup({ delay: null });
    await user.type(
      await screen.findByRole('textbox', { name: /^Nombre/ }, SLOW),
      'Cuadro de mando',
    );
    await user.click(screen.getByRole('checkbox', { name: /Solo para unas consultas fijas/ }));
    await user.click(screen.getByRole('button', { name: 'Añadir un ejemplo' }));
    // The facilitator's examples; the organization report is the portal's.
    expect(
      await screen.findByRole('menuitem', { name: 'Informe de una colaboración' }),
    ).toBeVisible();
    expect(screen.queryByRole('menuitem', { name: 'Informe de una organización' })).toBeNull();
    await user.click(screen.getByRole('menuitem', { name: 'Cartera de colaboraciones' }));
    expect(screen.getByRole('textbox', { name: /^Consulta 1/ })).toHaveValue(PORTFOLIO.document);
    await user.click(screen.getByRole('button', { name: 'Añadir una consulta' }));
    await user.click(screen.getByRole('textbox', { name: /^Consulta 2/ }));
    await user.paste('{ me { id } }');
    await user.click(screen.getByRole('button', { name: 'Crear token' }));

    expect(
      await screen.findByText(/El servidor ha rechazado la consulta 2/, undefined, SLOW),
    ).toBeVisible();
    expect(screen.getByRole('textbox', { name: /^Consulta 2/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText('Revisa el campo marcado.')).toBeVisible();
    expect(screen.queryByRole('alert', { name: /Copia el token/ })).toBeNull();
  });
});
