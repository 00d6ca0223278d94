import { expect, test, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { generateSync } from 'otplib';
import { DEMO } from './support/pages';
import { DEMO_PASSWORD, startProduct, type RunningProduct } from './support/product';

// The platform administrator's screens (issue 15), in Chromium against the real API: a product
// of its own whose mail server refuses every connection and gives up after one attempt, so the
// email a person asks for lands in the queue as failed. The admin finds that person, makes them
// facilitator, resets their second factor with a reason, reads it in their security log, and
// sends the failed email again. A facilitator who types the address is told it is not for them.

const ADMIN = 'admin@alianza.demo';
const NAME = 'Marta Sin Móvil';

let product: RunningProduct;

/** A port nothing listens on: the mail server that refuses every connection. */
function closedPort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  product = await startProduct({
    name: 'admin',
    build: false,
    env: { SMTP_URL: `smtp://127.0.0.1:${await closedPort()}`, MAIL_MAX_ATTEMPTS: '1' },
  });
});

test.afterAll(async () => {
  await product?.stop();
});

/** One GraphQL call, as an API client would make it. */
async function graphql(query: string, variables: object, bearer?: string): Promise<unknown> {
  const res = await fetch(`${product.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/**
 * A person with two-step verification on (set up as an app would: the secret read, a code
 * computed), who has then asked for a password reset email.
 */
async function personWithSecondFactor(email: string): Promise<void> {
  await graphql('mutation($input: SignUpInput!) { signUp(input: $input) }', {
    input: { email, password: DEMO_PASSWORD, displayName: NAME },
  });
  const login = (await graphql(
    'mutation($input: LoginInput!) { login(input: $input) { bearerToken } }',
    { input: { email, password: DEMO_PASSWORD, issueBearerToken: true } },
  )) as { login: { bearerToken: string } };
  const token = login.login.bearerToken;
  const setup = (await graphql('mutation { startTwoFactorSetup { secret } }', {}, token)) as {
    startTwoFactorSetup: { secret: string };
  };
  await graphql(
    'mutation($input: TwoFactorCodeInput!) { confirmTwoFactorSetup(input: $input) { codes } }',
    { input: { code: generateSync({ secret: setup.startTwoFactorSetup.secret }) } },
    token,
  );
  await graphql(
    'mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }',
    { input: { email } },
  );
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${product.url}/console/`);
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByRole('textbox', { name: 'Contraseña', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('banner')).toBeVisible();
  return page;
}

async function userAction(page: Page, action: string): Promise<void> {
  await page.getByRole('button', { name: `Acciones para ${NAME}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

test('the platform admin manages a user and sends a failed email again', async ({ browser }) => {
  const email = `sin-movil-${randomUUID().slice(0, 8)}@example.org`;
  await personWithSecondFactor(email);
  const page = await signedIn(browser, ADMIN);
  const nav = page.getByRole('navigation');
  await expect(nav.getByText('Administración')).toBeVisible();

  // Users: found by part of the address.
  await nav.getByRole('link', { name: 'Usuarios' }).click();
  await expect(page.getByRole('heading', { name: 'Usuarios' })).toBeVisible();
  // The screen's own search box (the shell's is "Buscar en Alianza").
  await page.getByRole('searchbox', { name: 'Buscar', exact: true }).fill(email.slice(0, 16));
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: ADMIN })).toHaveCount(0);
  await expect(row.getByText('Participante')).toBeVisible();

  // Made facilitator, after confirming.
  await userAction(page, 'Dar el papel de facilitación');
  await page.getByRole('dialog').getByRole('button', { name: 'Dar el papel' }).click();
  await expect(page.getByText(`${NAME} ya puede facilitar.`)).toBeVisible();
  await expect(row.getByText('Facilitación')).toBeVisible();

  // The second factor reset: the reason is asked for, after the warning.
  await userAction(page, 'Restablecer la verificación en dos pasos');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/cualquiera que conozca la contraseña/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Restablecer' }).click();
  await expect(dialog.getByText('Escribe el motivo')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: /Motivo/ })
    .fill('Perdió el móvil; lo confirmé por teléfono');
  await dialog.getByRole('button', { name: 'Restablecer' }).click();
  await expect(
    page.getByText(`La verificación en dos pasos de ${NAME} está desactivada`),
  ).toBeVisible();
  await expect(dialog).toBeHidden();

  // The user's security log says it, with who and why.
  await userAction(page, 'Ver el registro de seguridad');
  const log = page.getByRole('dialog', { name: `Registro de seguridad de ${NAME}` });
  await expect(
    log.getByText('Verificación en dos pasos restablecida por la administración'),
  ).toBeVisible();
  await expect(log.getByText('Motivo: «Perdió el móvil; lo confirmé por teléfono»')).toBeVisible();
  await expect(log.getByText('Verificación en dos pasos activada')).toBeVisible();
  await page.keyboard.press('Escape');

  // Mail queue: the reset email failed (the mail server refuses); sent again, it is queued.
  await nav.getByRole('link', { name: 'Cola de correo' }).click();
  await expect(page.getByRole('heading', { name: 'Cola de correo' })).toBeVisible();
  await page.locator('label', { hasText: 'Fallido' }).click();
  // The reset email's row (the address confirmation of the sign-up failed too).
  const mail = page
    .getByRole('row')
    .filter({ hasText: email })
    .filter({ hasText: 'Restablecer contraseña' });
  await expect(mail.getByText('Fallido')).toBeVisible();
  await expect(mail.getByText('Restablecer contraseña')).toBeVisible();
  await expect(mail.getByText(/ECONNREFUSED/)).toBeVisible();
  await mail.getByRole('button').click();
  await expect(page.getByText(`El correo a ${email} vuelve a la cola.`)).toBeVisible();
  await expect(mail.getByText('En cola')).toBeVisible();
  await expect(page.locator('body')).not.toContainText(/\[(admin-users|admin-mail|console):/);
});

test('a facilitator who types the address is told it is for platform administrators', async ({
  browser,
}) => {
  const page = await signedIn(browser, DEMO.facilitator);
  await expect(page.getByRole('navigation').getByText('Administración')).toHaveCount(0);
  await page.goto(`${product.url}/console/admin/users`);
  await expect(page.getByText('Solo para la administración de la plataforma')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});
