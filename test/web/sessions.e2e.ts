import { expect, test, type Browser, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { expectNoMissingTranslations, signIn, signUp } from './support/pages';

// Active sessions as a person meets them (issue 15): signed in on a laptop and on a phone, the
// laptop's security screen lists both; signing the phone out there signs it out on its next
// action, and "sign out everywhere else" does the same to every other device, once confirmed.

const PHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';
const TABLET =
  'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A browser of its own (cookies apart), signed in to the portal. */
async function signedIn(browser: Browser, email: string, userAgent?: string): Promise<Page> {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await signIn(page, 'portal', email);
  return page;
}

async function openSecurity(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sesión de Marta Viajera' }).click();
  await page.getByRole('menuitem', { name: 'Seguridad' }).click();
}

test('signs another device out from the list, then every other device at once', async ({
  browser,
}) => {
  // Four browsers signed in, and each of their next actions: longer than one page's test.
  test.setTimeout(300_000);
  const email = `viajera-${randomUUID().slice(0, 8)}@example.org`;
  await signUp(email, 'Marta Viajera');
  const laptop = await signedIn(browser, email);
  const phone = await signedIn(browser, email, PHONE);

  await openSecurity(laptop);
  const section = laptop.getByRole('region', { name: 'Sesiones activas' });
  await expect(section).toBeVisible();
  const rows = section.getByRole('row');
  // The header and both devices.
  await expect(rows).toHaveCount(3);
  const here = rows.filter({ hasText: 'Este dispositivo' });
  await expect(here).toHaveCount(1);
  await expect(here).toContainText('Chrome, Linux');
  await expect(here.getByRole('button')).toHaveCount(0);
  const phoneRow = rows.filter({ hasText: 'Safari, iOS' });
  await expect(phoneRow).toContainText(/127\.0\.0\.1|::1/);
  await expectNoMissingTranslations(laptop);

  await phoneRow.getByRole('button', { name: 'Cerrar la sesión de Safari, iOS' }).click();
  await expect(rows).toHaveCount(2);
  await expect(section.getByText('Safari, iOS')).toHaveCount(0);
  await expect(
    laptop.getByRole('cell', { name: 'Sesión cerrada en un dispositivo' }),
  ).toBeVisible();

  // The phone, on its next action, is signed out.
  await phone.reload();
  await expect(phone.getByRole('button', { name: 'Entrar' })).toBeVisible();

  // Two more devices, then "everywhere else", once confirmed.
  const phoneAgain = await signedIn(browser, email, PHONE);
  const tablet = await signedIn(browser, email, TABLET);
  await laptop.reload();
  await expect(rows).toHaveCount(4);
  await section
    .getByRole('button', { name: 'Cerrar sesión en todos los demás dispositivos' })
    .click();
  const dialog = laptop.getByRole('dialog', {
    name: '¿Cerrar sesión en todos los demás dispositivos?',
  });
  await dialog.getByRole('button', { name: 'Cancelar' }).click();
  await expect(rows).toHaveCount(4);
  await section
    .getByRole('button', { name: 'Cerrar sesión en todos los demás dispositivos' })
    .click();
  await dialog.getByRole('button', { name: 'Cerrar las demás sesiones' }).click();
  await expect(rows).toHaveCount(2);
  await expect(here).toHaveCount(1);
  await expect(
    section.getByRole('button', { name: 'Cerrar sesión en todos los demás dispositivos' }),
  ).toHaveCount(0);

  // The others' next action, within the app or a reload: the sign-in page. The laptop goes on.
  await openSecurity(tablet);
  await expect(tablet.getByRole('button', { name: 'Entrar' })).toBeVisible();
  await phoneAgain.reload();
  await expect(phoneAgain.getByRole('button', { name: 'Entrar' })).toBeVisible();
  await laptop.reload();
  await expect(laptop.getByRole('region', { name: 'Sesiones activas' })).toBeVisible();
});
