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
