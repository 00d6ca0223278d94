import { expect, test, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { linkIn, startMailServer, type MailServer } from '../api/support/mail-server';
import { totp } from '../api/support/two-factor';
import { DEMO, expectNoMissingTranslations } from './support/pages';
import { DEMO_PASSWORD, startProduct, type RunningProduct } from './support/product';

// Invitations by email (issue 15), in Chromium: a product of its own that sends its emails to a
// real SMTP server started here (the run's product writes them to its local outbox), so the test
// reads the message the person would get and follows its link.

const COLLABORATION = 'Alianza del pan de barrio';
const NEW_ADDRESS = 'nueva@empresa.example';

let smtp: MailServer;
let product: RunningProduct;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  smtp = await startMailServer();
  product = await startProduct({
    name: 'mail',
    build: false,
    env: { SMTP_URL: smtp.url, MAIL_FROM: 'Alianza <no-reply@alianza.test>' },
  });
});

test.afterAll(async () => {
  await product?.stop();
  await smtp?.stop();
});

/** A page of its own (no session), signed in to `app` at `origin` when an email is given. */
async function newPage(
  browser: Browser,
  origin: string,
  app?: 'console' | 'portal',
  email?: string,
) {
  const page = await (await browser.newContext()).newPage();
  if (app && email) {
    await page.goto(`${origin}/${app}/`);
    await page.getByLabel(/Correo electrónico|Email/).fill(email);
    await page.getByLabel(/Contraseña|Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /^(Entrar|Sign in)$/ }).click();
    await expect(page.getByRole('banner')).toBeVisible();
  }
  return page;
}

/** The facilitator's "Participantes e invitaciones" of the demo collaboration. */
async function participantsPage(browser: Browser): Promise<Page> {
  const console_ = await newPage(browser, product.url, 'console', DEMO.facilitator);
  await console_.getByRole('link', { name: COLLABORATION }).first().click();
  await console_
    .getByRole('navigation')
    .getByRole('link', { name: 'Participantes e invitaciones' })
    .click();
  await expect(console_.getByRole('heading', { name: 'Invitaciones por correo' })).toBeVisible();
  return console_;
}

test('the facilitator invites a new address; the person signs up through the emailed link and accepts the ground rules', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const console_ = await participantsPage(browser);
  await console_.getByRole('button', { name: 'Invitar organización' }).click();
  const dialog = console_.getByRole('dialog');
  // Not in the directory: the dialog offers the email, with the name searched.
  await dialog.getByRole('combobox', { name: /^Organización/ }).fill('Empresa Nueva');
  await dialog.getByRole('button', { name: 'Invitar por correo a «Empresa Nueva»' }).click();
  await dialog.getByLabel(/^Correo electrónico de la persona responsable/).fill(NEW_ADDRESS);
  await dialog.getByLabel(/^Mensaje de invitación/).fill('Queremos comprar harina con vosotros.');
  await expectNoMissingTranslations(console_);
  await dialog.getByRole('button', { name: 'Enviar invitación por correo' }).click();
  const sent = console_.getByRole('table', { name: 'Invitaciones por correo' });
  await expect(sent.getByRole('row', { name: new RegExp(NEW_ADDRESS) })).toContainText('Enviada');

  // The email, from the SMTP server: who invites which organization, and the link.
  const message = await smtp.nextMessageTo(NEW_ADDRESS, 30_000);
  expect(message.subject).toBe(
    'Lucía Facilitadora invita a Empresa Nueva a una colaboración en Alianza',
  );
  expect(message.text).not.toContain('Queremos comprar harina');
  const link = linkIn(message, '/portal/invitation');

  // The person follows it: no account yet, so sign up (the address is the link's).
  const person = await newPage(browser, link.origin);
  await person.goto(link.toString());
  await expect(person.getByRole('heading', { name: 'Te invitan a colaborar' })).toBeVisible();
  await expect(person.getByText(`«${COLLABORATION}»`)).toBeVisible();
  await expect(person.getByRole('textbox', { name: 'Correo electrónico' })).toHaveValue(
    NEW_ADDRESS,
  );
  await expectNoMissingTranslations(person);
  await person.getByRole('textbox', { name: 'Tu nombre' }).fill('Nuria Nueva');
  await person.getByLabel(/^Contraseña/).fill('una contraseña larga');
  await person.getByRole('button', { name: 'Crear mi cuenta y seguir' }).click();

  // Signed in: she registers the organization (its name proposed), and it is invited.
  await expect(
    person.getByRole('heading', { name: '¿Qué organización acepta la invitación?' }),
  ).toBeVisible();
  await expect(person.getByRole('textbox', { name: /Nombre de la organización/ })).toHaveValue(
    'Empresa Nueva',
  );
  await person.getByRole('button', { name: 'Aceptar la invitación' }).click();

  // The collaboration's ground rules wait: she accepts them.
  await expect(person).toHaveURL(/\/portal\/c\/[0-9a-f-]+$/);
  await person.getByRole('checkbox', { name: /He leído las reglas del juego/ }).check();
  await person.getByRole('button', { name: /^Aceptar las reglas/ }).click();
  await expect(person.getByRole('button', { name: /^Aceptar las reglas/ })).toBeHidden();
  await expectNoMissingTranslations(person);

  // The facilitator sees it accepted, and the organization among the participants.
  await console_.reload();
  await expect(sent.getByRole('row', { name: new RegExp(NEW_ADDRESS) })).toContainText('Aceptada');
  await expect(
    console_.getByRole('table', { name: 'Participaciones' }).getByText('Empresa Nueva'),
  ).toBeVisible();

  // The link is used: opened again, it says so.
  await person.goto(link.toString());
  await expect(person.getByText('Esta invitación ya se usó')).toBeVisible();
});

test('a link opened with another account says so; once withdrawn, it says that', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const address = 'otra@empresa.example';
  const console_ = await participantsPage(browser);
  await console_.getByRole('button', { name: 'Invitar organización' }).click();
  const dialog = console_.getByRole('dialog');
  // Mantine's segmented control hides its radios visually: click the visible label.
  await dialog.locator('label', { hasText: 'Por correo electrónico' }).click();
  await dialog.getByLabel(/^Correo electrónico de la persona responsable/).fill(address);
  await dialog.getByLabel(/^Nombre de la organización/).fill('Otra Empresa');
  // The email in English, for a person who reads English.
  await dialog.getByRole('combobox', { name: 'Idioma del correo' }).click();
  await console_.getByRole('option', { name: 'Inglés' }).click();
  await dialog.getByRole('button', { name: 'Enviar invitación por correo' }).click();
  const message = await smtp.nextMessageTo(address, 30_000);
  expect(message.subject).toBe(
    'Lucía Facilitadora invites Otra Empresa to a collaboration on Alianza',
  );
  const link = linkIn(message, '/portal/invitation');

  // Someone else, signed in at the link's address: the page (in English, as the email) says so.
  const other = await newPage(browser, link.origin, 'portal', DEMO.panaderia);
  await other.goto(link.toString());
  await expect(
    other.getByRole('alert').filter({ hasText: 'This invitation is for another account' }),
  ).toBeVisible();
  await expect(other.getByText(`and the invitation is for ${address}`)).toBeVisible();
  await expectNoMissingTranslations(other);
  // Signing out leads to the sign-up of the address invited.
  await other.getByRole('button', { name: `Sign out and sign in with ${address}` }).click();
  await expect(other.getByRole('heading', { name: 'Create your account' })).toBeVisible();

  // The facilitator withdraws it: the link says so.
  await console_.reload();
  await console_.getByRole('button', { name: `Retirar la invitación a ${address}` }).click();
  await console_.getByRole('button', { name: 'Sí, retirar' }).click();
  await expect(
    console_
      .getByRole('table', { name: 'Invitaciones por correo' })
      .getByRole('row', { name: new RegExp(address) }),
  ).toContainText('Retirada');
  await other.goto(link.toString());
  await expect(other.getByText('This invitation was withdrawn')).toBeVisible();
});

/** Sends a GraphQL document to `origin`'s API (as `bearer` when given), failing on any error. */
async function gql<T>(
  origin: string,
  query: string,
  variables: Record<string, unknown> = {},
  bearer?: string,
): Promise<T> {
  const res = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** An account of `email` with two-step verification on (set up as the app would); its key. */
async function accountWithTwoFactor(origin: string, email: string): Promise<string> {
  await gql(origin, 'mutation($input: SignUpInput!) { signUp(input: $input) }', {
    input: { email, password: DEMO_PASSWORD, displayName: 'Dora Dos Pasos' },
  });
  const { login } = await gql<{ login: { bearerToken: string } }>(
    origin,
    'mutation($input: LoginInput!) { login(input: $input) { bearerToken } }',
    { input: { email, password: DEMO_PASSWORD, issueBearerToken: true } },
  );
  const { startTwoFactorSetup } = await gql<{ startTwoFactorSetup: { secret: string } }>(
    origin,
    'mutation { startTwoFactorSetup { secret } }',
    {},
    login.bearerToken,
  );
  await gql(
    origin,
    'mutation($input: TwoFactorCodeInput!) { confirmTwoFactorSetup(input: $input) { codes } }',
    { input: { code: totp(startTwoFactorSetup.secret) } },
    login.bearerToken,
  );
  return startTwoFactorSetup.secret;
}

test('an account with two-step verification signs in on the link’s page with its code, and accepts', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const address = `dos-pasos-${randomUUID().slice(0, 8)}@empresa.example`;
  const secret = await accountWithTwoFactor(product.url, address);
  const console_ = await participantsPage(browser);
  await console_.getByRole('button', { name: 'Invitar organización' }).click();
  const dialog = console_.getByRole('dialog');
  await dialog.locator('label', { hasText: 'Por correo electrónico' }).click();
  await dialog.getByLabel(/^Correo electrónico de la persona responsable/).fill(address);
  await dialog.getByLabel(/^Nombre de la organización/).fill('Empresa Dos Pasos');
  await dialog.getByRole('button', { name: 'Enviar invitación por correo' }).click();
  const link = linkIn(await smtp.nextMessageTo(address, 30_000), '/portal/invitation');

  // The address has an account: the page asks for its password, then (as the sign-in page
  // does) for the code of its authenticator app.
  const person = await newPage(browser, link.origin);
  await person.goto(link.toString());
  await expect(person.getByRole('heading', { name: 'Entra para continuar' })).toBeVisible();
  await expect(person.getByRole('textbox', { name: 'Correo electrónico' })).toHaveValue(address);
  await person.getByLabel(/^Contraseña/).fill(DEMO_PASSWORD);
  await person.getByRole('button', { name: 'Entrar y seguir' }).click();
  const codeField = person.getByLabel(/Código de la app/);
  await expect(codeField).toBeVisible();
  await expectNoMissingTranslations(person);
  // A later step than the one that confirmed the set-up (a step's code is spent once).
  await codeField.fill(totp(secret, 1));
  await person.getByRole('button', { name: 'Verificar' }).click();

  // Signed in: she founds the organization (its name proposed), and it is invited.
  await expect(
    person.getByRole('heading', { name: '¿Qué organización acepta la invitación?' }),
  ).toBeVisible();
  await expect(person.getByRole('textbox', { name: /Nombre de la organización/ })).toHaveValue(
    'Empresa Dos Pasos',
  );
  await person.getByRole('button', { name: 'Aceptar la invitación' }).click();
  // Invited: the collaboration's ground rules wait for her organization's answer.
  await expect(person).toHaveURL(/\/portal\/c\/[0-9a-f-]+$/);
  await expect(
    person.getByRole('checkbox', { name: /He leído las reglas del juego/ }),
  ).toBeVisible();
});
