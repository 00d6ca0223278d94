import { expect, request as playwrightRequest, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO, expectNoMissingTranslations, signIn, signUp, webUrl } from './support/pages';
import { DEMO_PASSWORD } from './support/product';

// Dead ends as a person meets them (issue 17): a mistyped address, a collaboration that is not
// theirs, and a session that ended while the page was open.

test('a wrong address shows a not-found page, without the collaboration’s menu', async ({
  page,
}) => {
  await signIn(page, 'console', DEMO.facilitator);
  const gone = page.getByRole('heading', {
    name: 'Esta colaboración no existe o no tienes acceso a ella',
  });
  for (const id of ['no-es-un-id', randomUUID()]) {
    await page.goto(webUrl(`/console/c/${id}/queue`));
    await expect(gone).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reintentar' })).toHaveCount(0);
    // The menu has the console's own entries, none of a collaboration.
    await expect(page.getByRole('link', { name: 'Colaboraciones' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Participantes' })).toHaveCount(0);
    await expectNoMissingTranslations(page);
  }
  await page.goto(webUrl('/console/no/existe'));
  await expect(page.getByRole('heading', { name: 'No encontramos esta página' })).toBeVisible();
  await page.getByRole('link', { name: 'Volver al inicio' }).click();
  await expect(page).toHaveURL(/\/console\/?$/);
});

test('an ended session goes to the sign-in page, and back to the same screen after it', async ({
  page,
}) => {
  const email = `sesion-${randomUUID().slice(0, 8)}@example.org`;
  await signUp(email, 'Rosa Sesiones');
  const security = page.getByRole('heading', { level: 1, name: 'Seguridad de la cuenta' });
  const signInButton = page.getByRole('button', { name: 'Entrar' });

  /** The session ends elsewhere (signed out from another device): its cookie is dead. */
  const endSession = async () => {
    const cookie = (await page.context().cookies()).find((c) => c.name === 'alianza_session');
    expect(cookie).toBeDefined();
    const elsewhere = await playwrightRequest.newContext();
    const out = await elsewhere.post(webUrl('/graphql'), {
      headers: { cookie: `alianza_session=${cookie!.value}` },
      data: { query: 'mutation { logout }' },
    });
    expect(((await out.json()) as { data: unknown }).data).toEqual({ logout: true });
    await elsewhere.dispose();
  };
  const signInHere = async () => {
    await page.getByLabel('Correo electrónico').fill(email);
    await page.getByRole('textbox', { name: 'Contraseña', exact: true }).fill(DEMO_PASSWORD);
    await signInButton.click();
  };

  await signIn(page, 'portal', email);
  await page.goto(webUrl('/portal/security'));
  await expect(security).toBeVisible();

  // The page's next action meets the sign-in page, not a "retry"; signed in again, the screen
  // it went to.
  await endSession();
  await page.getByRole('link', { name: 'Mis colaboraciones' }).click();
  await expect(signInButton).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reintentar' })).toHaveCount(0);
  await signInHere();
  await expect(page.getByRole('heading', { level: 1, name: 'Mis colaboraciones' })).toBeVisible();
  await expect(page).toHaveURL(/\/portal\/?$/);

  // Opened from a link or a bookmark once the session is over: the same screen after signing in.
  await endSession();
  await page.goto(webUrl('/portal/security'));
  await expect(signInButton).toBeVisible();
  await signInHere();
  await expect(security).toBeVisible();
  await expect(page).toHaveURL(webUrl('/portal/security'));
});
