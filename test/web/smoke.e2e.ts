import { expect, test } from '@playwright/test';
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
  page.on('response', (res) => {
    if (!res.url().endsWith('.js')) return;
    const encoding = res.headers()['content-encoding'];
    scripts.push(res.body().then((body) => ({ url: res.url(), encoding, bytes: body.length })));
  });
  await page.goto(webUrl('/portal/'));
  await expect(page.getByRole('button', { name: 'Entrar' })).toBeVisible();
  const signInPage = scripts.length;
  // The entry and the chunks it preloads (tools/web/check-bundle-size.mjs weighs them).
  expect(signInPage).toBeLessThanOrEqual(3);
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
  await page.getByLabel('Contraseña').fill('not the password');
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

test('English is one click away and is remembered', async ({ page }) => {
  await signIn(page, 'portal', DEMO.panaderia);
  await setLanguage(page, 'en');
  await expect(page.getByRole('link', { name: 'Our organization' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Our organization' })).toBeVisible();
  await expectNoMissingTranslations(page);
});
