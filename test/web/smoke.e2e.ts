import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from './support/product';
import { DEMO, expectNoMissingTranslations, setLanguage, signIn, webUrl } from './support/pages';

test('the root page offers both web apps', async ({ page }) => {
  await page.goto(webUrl('/'));
  await expect(page.getByRole('link', { name: /Consola de facilitación/ })).toHaveAttribute(
    'href',
    '/console/',
  );
  await expect(page.getByRole('link', { name: /Portal de participantes/ })).toHaveAttribute(
    'href',
    '/portal/',
  );
});

test('the sign-in page loads its own code, compressed, and the screens only once signed in', async ({
  page,
}) => {
  const scripts: Promise<{ url: string; encoding?: string; bytes: number }>[] = [];
  const urls: string[] = [];
  page.on('response', (res) => {
    if (!res.url().endsWith('.js')) return;
    urls.push(new URL(res.url()).pathname);
    const encoding = res.headers()['content-encoding'];
    scripts.push(res.body().then((body) => ({ url: res.url(), encoding, bytes: body.length })));
  });
  await page.goto(webUrl('/portal/'));
  await expect(page.getByRole('button', { name: 'Entrar' })).toBeVisible();
  const signInPage = scripts.length;
  // Exactly the entry and the chunks it preloads: what tools/web/check-bundle-size.mjs weighs
  // against the budget, so a screen pulled into the sign-in page fails here or there.
  const { initialJsSize } = await import('../../tools/web/check-bundle-size.mjs');
  const weighed = initialJsSize('participant-portal').files.map((file) => `/portal/${file}`);
  expect([...urls].sort()).toEqual(weighed.sort());
  await signIn(page, 'portal', DEMO.panaderia);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(scripts.length).toBeGreaterThan(signInPage);
  for (const script of await Promise.all(scripts)) {
    // Under 1 kB, the build keeps no compressed copy (vite.shared.mts).
    if (script.bytes > 1024) expect(script.encoding, script.url).toBe('br');
  }
});

test('a wrong password gets a clear message in Spanish, and signing in works', async ({ page }) => {
  await page.goto(webUrl('/console/'));
  // This instance holds the demo data (the API tests check that one without it tells nothing).
  await expect(
    page.getByText(`Cuentas de demostración: contraseña «${DEMO_PASSWORD}».`),
  ).toBeVisible();
  await page.getByLabel('Correo electrónico').fill(DEMO.facilitator);
  await page.getByRole('textbox', { name: 'Contraseña', exact: true }).fill('not the password');
  await page.getByRole('button', { name: 'Entrar' }).click();
  await expect(page.getByRole('alert')).toHaveText('Correo o contraseña incorrectos.');
  await signIn(page, 'console', DEMO.facilitator);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoMissingTranslations(page);
});

test('the console refuses a company owner and points to the portal', async ({ page }) => {
  await signIn(page, 'portal', DEMO.panaderia);
  await page.goto(webUrl('/console/'));
  await expect(page.getByRole('link', { name: 'Ir al portal de participantes' })).toBeVisible();
});

test('English is one click away, remembered, and kept by the account for the next sign-in', async ({
  page,
  browser,
}) => {
  // An account of its own: the choice is stored on it, and the demo's accounts stay Spanish.
  const email = `idioma-${randomUUID().slice(0, 8)}@example.org`;
  await signUp(email, 'Ana Idioma');
  await signIn(page, 'portal', email);
  await setLanguage(page, 'en');
  await expect(page.getByRole('link', { name: 'Our organization', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Our organization', exact: true })).toBeVisible();
  await expectNoMissingTranslations(page);

  // Another browser: signed out it speaks Spanish (nothing remembered there, and the switch of
  // the sign-in page asks nothing of the API); once signed in, the account's English.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const operations: string[] = [];
  fresh.on('request', (req) => {
    if (req.url().endsWith('/graphql') && req.method() === 'POST')
      operations.push((req.postDataJSON() as { operationName?: string }).operationName ?? '');
  });
  await fresh.goto(webUrl('/portal/'));
  await expect(fresh.getByRole('button', { name: 'Entrar' })).toBeVisible();
  await setLanguage(fresh, 'en');
  await setLanguage(fresh, 'es');
  expect(operations).not.toContain('SetMyLanguage');
  await signIn(fresh, 'portal', email);
  await expect(fresh.getByRole('link', { name: 'Our organization', exact: true })).toBeVisible();
  await expect(fresh.locator('html')).toHaveAttribute('lang', 'en');
  expect(operations).not.toContain('SetMyLanguage');
  // Now remembered in that browser too: signed out, its sign-in page is in English.
  await fresh.getByRole('button', { name: 'Signed in as Ana Idioma' }).click();
  await fresh.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(fresh.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await context.close();
});

/** A new account, signed up through the API (as the sign-up page would). */
async function signUp(email: string, displayName: string): Promise<void> {
  const res = await fetch(webUrl('/graphql'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($input: SignUpInput!) { signUp(input: $input) }',
      variables: { input: { email, password: DEMO_PASSWORD, displayName } },
    }),
  });
  expect((await res.json()) as unknown).toEqual({ data: { signUp: true } });
}
