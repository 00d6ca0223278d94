import { REPORTING_QUERY_EXAMPLES } from '@alianza/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import type { FieldErrorTarget } from '../lib/feedback';
import { ApiTokensPanel, type NewApiToken } from './api-tokens-panel';
import { apiTokensMessages } from './messages';
import type { ApiTokenView } from './token-state';

const inAYear = new Date(Date.now() + 200 * 24 * 3600 * 1000).toISOString();
const lastWeek = new Date(Date.now() - 7 * 24 * 3600 * 1000).toISOString();

const tokens: ApiTokenView[] = [
  {
    id: 'a',
    name: 'Panel de la junta',
    prefix: 'alzr_AAAAAAA',
    createdAt: lastWeek,
    expiresAt: inAYear,
    revokedAt: null,
    lastUsedAt: '2026-11-22T08:15:00Z',
    active: true,
  },
  {
    id: 'b',
    name: 'Hoja de cálculo vieja',
    prefix: 'alzr_BBBBBBB',
    createdAt: '2025-10-01T10:00:00Z',
    expiresAt: lastWeek,
    revokedAt: null,
    lastUsedAt: null,
    active: false,
  },
  {
    id: 'c',
    name: 'Script filtrado',
    prefix: 'alzr_CCCCCCC',
    createdAt: '2026-10-01T10:00:00Z',
    expiresAt: inAYear,
    revokedAt: '2026-11-02T10:00:00Z',
    lastUsedAt: null,
    active: false,
  },
];

const SUMMARY = 'query Summary($c: ID!) { collaborationReport(collaborationId: $c) { title } }';
const SUMMARY_HASH = 'a'.repeat(64);
const LEDGER = REPORTING_QUERY_EXAMPLES.find((q) => q.name === 'LedgerBalances')!;

/** A token limited to two persisted queries. */
const limited: ApiTokenView = {
  ...tokens[0]!,
  id: 'd',
  name: 'Cuadro de mando',
  prefix: 'alzr_DDDDDDD',
  operations: [
    { sha256Hash: SUMMARY_HASH, document: SUMMARY },
    { sha256Hash: 'b'.repeat(64), document: LEDGER.document },
  ],
};

const SECRET = 'alzr_s3cr3t-value-shown-only-once';

function render(
  props: Partial<Parameters<typeof ApiTokensPanel>[0]> = {},
  language: 'es' | 'en' = 'es',
) {
  const onCreate = vi.fn(
    async (_input: NewApiToken, _form: FieldErrorTarget) => SECRET as string | undefined,
  );
  const onRevoke = vi.fn(async () => true);
  renderWithProviders(
    <ApiTokensPanel
      tokens={tokens}
      onCreate={onCreate}
      onRevoke={onRevoke}
      examples={{
        csvPath: '/reports/portfolio.csv',
        graphqlQuery: '{ portfolioReport { title } }',
      }}
      origin="https://alianza.example"
      queryExamples={REPORTING_QUERY_EXAMPLES.filter((q) => q.audience === 'FACILITATOR')}
      {...props}
    />,
    { messages: { 'api-tokens': apiTokensMessages }, language },
  );
  return { onCreate, onRevoke, user: userEvent.setup({ delay: null }) };
}

const row = (name: string) =>
  within(screen.getByRole('table', { name: /Tus tokens de la API/ })).getByRole('row', {
    name: new RegExp(name),
  });

describe('ApiTokensPanel', () => {
  it('lists each token with its state, prefix and last use; only unrevoked ones can be revoked', () => {
    render();
    const active = row('Panel de la junta');
    expect(within(active).getByText('Activo')).toBeVisible();
    expect(within(active).getByText('alzr_AAAAAAA…')).toBeVisible();
    expect(within(active).queryByText('Nunca')).not.toBeInTheDocument();
    expect(
      within(active).getByRole('button', { name: 'Revocar el token «Panel de la junta»' }),
    ).toBeVisible();

    const expired = row('Hoja de cálculo vieja');
    expect(within(expired).getByText('Caducado')).toBeVisible();
    expect(within(expired).getByText('Nunca')).toBeVisible();

    const revoked = row('Script filtrado');
    expect(within(revoked).getByText('Revocado')).toBeVisible();
    expect(within(revoked).getByText(/Revocado el/)).toBeVisible();
    expect(within(revoked).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says so when there is no token yet, and still explains how to use one', async () => {
    const { user } = render({ tokens: [] });
    expect(screen.getByText('Aún no has creado ningún token.')).toBeVisible();
    // What a token is for comes first, in plain words; the commands only once asked for.
    expect(screen.getByText(/dáselo a la persona o al programa/)).toBeVisible();
    const technical = screen.getByRole('button', { name: /Instrucciones técnicas/ });
    expect(technical).toHaveAttribute('aria-expanded', 'false');
    for (const command of screen.queryAllByText(/curl/, { selector: 'pre' }))
      expect(command).not.toBeVisible();
    await user.click(technical);
    expect(technical).toHaveAttribute('aria-expanded', 'true');
    const examples = screen.getAllByText(/Authorization: Bearer \$ALIANZA_TOKEN/, {
      selector: 'pre',
    });
    expect(examples).toHaveLength(2);
    expect(examples[0]).toHaveTextContent('https://alianza.example/reports/portfolio.csv');
    expect(examples[1]).toHaveTextContent('https://alianza.example/graphql');
    expect(examples[1]).toHaveTextContent('{"query":"{ portfolioReport { title } }"}');
  });

  it('shows the secret once, with a copy button and a warning, and forgets it when dismissed', async () => {
    const { user, onCreate } = render();
    await user.type(screen.getByRole('textbox', { name: /^Nombre/ }), '  Informe mensual ');
    await user.click(screen.getByRole('button', { name: 'Crear token' }));

    await waitFor(() => expect(onCreate).toHaveBeenCalledTimes(1));
    const input = onCreate.mock.calls[0]![0];
    expect(input.name).toBe('Informe mensual');
    // Ninety days ahead by default, at the end of that day.
    const days = (new Date(input.expiresAt).getTime() - Date.now()) / (24 * 3600 * 1000);
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThan(91);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Copia el token ahora: no se volverá a mostrar');
    const secret = within(alert).getByRole('textbox', { name: 'Token secreto «Informe mensual»' });
    expect(secret).toHaveValue(SECRET);
    expect(secret).toHaveAttribute('readonly');
    expect(within(alert).getByRole('button', { name: 'Copiar el token' })).toBeVisible();
    // The form is gone while the secret shows, so nobody creates a second one by mistake.
    expect(screen.queryByRole('button', { name: 'Crear token' })).not.toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Ya lo he guardado' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain(SECRET);
    expect(screen.getByRole('button', { name: 'Crear token' })).toBeVisible();
  });

  it('keeps the form and shows no secret when creation fails', async () => {
    const failing = vi.fn(async () => undefined);
    const { user } = render({ onCreate: failing });
    await user.type(screen.getByRole('textbox', { name: /^Nombre/ }), 'Panel');
    await user.click(screen.getByRole('button', { name: 'Crear token' }));
    await waitFor(() => expect(failing).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Nombre/ })).toHaveValue('Panel');
  });

  it('needs a name', async () => {
    const { user, onCreate } = render();
    await user.click(screen.getByRole('button', { name: 'Crear token' }));
    expect(await screen.findByText('Escribe un nombre.')).toBeVisible();
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('revokes only after confirming', async () => {
    const { user, onRevoke } = render();
    await user.click(screen.getByRole('button', { name: 'Revocar el token «Panel de la junta»' }));
    const dialog = await screen.findByRole('dialog', {
      name: '¿Revocar el token «Panel de la junta»?',
    });
    expect(dialog).toHaveTextContent('dejarán de poder leer informes al instante');
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(onRevoke).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Revocar el token «Panel de la junta»' }));
    await user.click(await screen.findByRole('button', { name: 'Revocar token' }));
    await waitFor(() => expect(onRevoke).toHaveBeenCalledWith('a'));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  describe('limited to persisted queries', () => {
    const queryBox = (n: number) =>
      screen.getByRole('textbox', { name: new RegExp(`^Consulta ${n}`) });

    it('creates a token for an example query and a pasted one, sent as they read', async () => {
      const { user, onCreate } = render();
      await user.type(screen.getByRole('textbox', { name: /^Nombre/ }), 'Cuadro de mando');
      expect(screen.queryByRole('textbox', { name: /^Consulta 1/ })).not.toBeInTheDocument();
      await user.click(screen.getByRole('checkbox', { name: /Solo para unas consultas fijas/ }));

      // An example fills the first, empty query.
      await user.click(screen.getByRole('button', { name: 'Añadir un ejemplo' }));
      await user.click(
        await screen.findByRole('menuitem', { name: 'Saldos del libro de aportaciones' }),
      );
      expect(queryBox(1)).toHaveValue(LEDGER.document);
      // A second one, pasted with the blank lines a copy brings.
      await user.click(screen.getByRole('button', { name: 'Añadir una consulta' }));
      await user.click(queryBox(2));
      await user.paste(`\n  ${SUMMARY}\n`);
      await user.click(screen.getByRole('button', { name: 'Crear token' }));

      await waitFor(() => expect(onCreate).toHaveBeenCalledTimes(1));
      expect(onCreate.mock.calls[0]![0]).toMatchObject({
        name: 'Cuadro de mando',
        operations: [LEDGER.document, SUMMARY],
      });
    });

    it('names the query that is not one GraphQL query, and sends nothing', async () => {
      const { user, onCreate } = render();
      await user.type(screen.getByRole('textbox', { name: /^Nombre/ }), 'Mal');
      await user.click(screen.getByRole('checkbox', { name: /Solo para unas consultas fijas/ }));
      await user.click(queryBox(1));
      await user.paste('{ me { id } }');
      await user.click(screen.getByRole('button', { name: 'Añadir una consulta' }));
      await user.click(queryBox(2));
      await user.paste('mutation { logout }');
      await user.click(screen.getByRole('button', { name: 'Añadir una consulta' }));
      await user.click(queryBox(3));
      await user.paste('query {\n  me {');
      await user.click(screen.getByRole('button', { name: 'Crear token' }));

      expect(
        await screen.findByText(/La consulta 2 debe tener exactamente una consulta \(query\)/),
      ).toBeVisible();
      expect(
        screen.getByText('La consulta 3 no es GraphQL válido (línea 2, columna 7).'),
      ).toBeVisible();
      expect(queryBox(1)).not.toHaveAttribute('aria-invalid', 'true');
      expect(queryBox(2)).toHaveAttribute('aria-invalid', 'true');
      expect(onCreate).not.toHaveBeenCalled();

      // Removing the wrong ones leaves a token that can be created.
      await user.click(screen.getByRole('button', { name: 'Quitar la consulta 3' }));
      await user.click(screen.getByRole('button', { name: 'Quitar la consulta 2' }));
      await user.click(screen.getByRole('button', { name: 'Crear token' }));
      await waitFor(() => expect(onCreate).toHaveBeenCalledTimes(1));
      expect(onCreate.mock.calls[0]![0].operations).toEqual(['{ me { id } }']);
    });

    it('puts the server’s refusal under the query it names (operations.N)', async () => {
      const refusing = vi.fn(async (_input: NewApiToken, form: FieldErrorTarget) => {
        // What `useAction` does with a BAD_USER_INPUT whose `details.field` is `operations.1`.
        form.setFieldError('operations.1', 'Este dato no es válido.');
        return undefined;
      });
      const { user } = render({ onCreate: refusing });
      await user.type(screen.getByRole('textbox', { name: /^Nombre/ }), 'Rechazado');
      await user.click(screen.getByRole('checkbox', { name: /Solo para unas consultas fijas/ }));
      await user.click(queryBox(1));
      await user.paste('{ me { id } }');
      await user.click(screen.getByRole('button', { name: 'Añadir una consulta' }));
      await user.click(queryBox(2));
      await user.paste('{ me { email } }');
      await user.click(screen.getByRole('button', { name: 'Crear token' }));

      expect(await screen.findByText(/El servidor ha rechazado la consulta 2/)).toBeVisible();
      expect(refusing.mock.calls[0]![1].getValues()).toMatchObject({
        operations: ['{ me { id } }', '{ me { email } }'],
      });
      expect(queryBox(2)).toHaveAttribute('aria-invalid', 'true');
      expect(queryBox(1)).not.toHaveAttribute('aria-invalid', 'true');
      // The form stays as it was, to fix.
      expect(queryBox(2)).toHaveValue('{ me { email } }');
    });

    it('lists each query of a token with its hash and text, and how to run it by hash', async () => {
      const { user } = render({ tokens: [limited, ...tokens] });
      const row = within(screen.getByRole('table', { name: /Tus tokens de la API/ })).getByRole(
        'row',
        { name: /Cuadro de mando/ },
      );
      expect(within(row).getByText('Solo 2 consultas')).toBeVisible();
      // Tokens for any report say nothing of queries.
      expect(screen.getAllByText(/Solo \d consultas?/)).toHaveLength(1);

      await user.click(
        within(row).getByRole('button', {
          name: 'Ver las 2 consultas del token «Cuadro de mando»',
        }),
      );
      const dialog = await screen.findByRole('dialog', {
        name: 'Consultas del token «Cuadro de mando»',
      });
      const first = within(dialog).getByRole('region', { name: 'Consulta 1' });
      expect(within(first).getByText(SUMMARY_HASH)).toBeVisible();
      expect(within(first).getByText(SUMMARY)).toBeVisible();
      const second = within(dialog).getByRole('region', { name: 'Consulta 2' });
      expect(second).toHaveTextContent('b'.repeat(64));
      expect(second).toHaveTextContent('query LedgerBalances($collaborationId: ID!)');
      expect(dialog).toHaveTextContent(
        `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"${SUMMARY_HASH}"}},"variables":{"c":"…"}}`,
      );
    });

    it('speaks English', async () => {
      const { user } = render({ tokens: [limited] }, 'en');
      expect(screen.getByText('Only 2 queries')).toBeVisible();
      await user.click(screen.getByRole('checkbox', { name: /Only for a few set queries/ }));
      expect(screen.getByRole('textbox', { name: /^Query 1/ })).toBeVisible();
      await user.click(screen.getByRole('button', { name: 'Add an example' }));
      expect(
        await screen.findByRole('menuitem', { name: 'A collaboration’s report' }),
      ).toBeVisible();
    });
  });

  it('speaks English', () => {
    render({}, 'en');
    expect(screen.getByRole('button', { name: 'Create token' })).toBeVisible();
    expect(screen.getByRole('table', { name: 'Your API tokens, newest first' })).toBeVisible();
    expect(screen.getByText('Expired')).toBeVisible();
    expect(screen.getByText('Revoked')).toBeVisible();
  });
});
