import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { generateSync } from 'otplib';
import { DEMO_PASSWORD } from './support/product';
import { expectNoMissingTranslations, signUp, webUrl } from './support/pages';

// Two-step verification as a person meets it (issue 15): turned on from the security screen by
// scanning (here: reading) the key, the recovery codes kept, then the sign-in's second step with
// a code of the app, a wrong one, and a recovery code. Codes are computed as an app would.

const code = (secret: string, steps = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

async function enterPassword(page: Page, email: string): Promise<void> {
  await page.goto(webUrl('/portal/'));
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByRole('textbox', { name: 'Contraseña', exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Entrar' }).click();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sesión de Lucía Dos Pasos' }).click();
  await page.getByRole('menuitem', { name: 'Salir' }).click();
  await expect(page.getByRole('button', { name: 'Entrar' })).toBeVisible();
}

test('turns two-step verification on, then signs in with a code and with a recovery code', async ({
  page,
}) => {
  const email = `dos-pasos-${randomUUID().slice(0, 8)}@example.org`;
  await signUp(email, 'Lucía Dos Pasos');
  await enterPassword(page, email);
  await expect(page.getByRole('banner')).toBeVisible();

  // The security screen, from the user menu.
  await page.getByRole('button', { name: 'Sesión de Lucía Dos Pasos' }).click();
  await page.getByRole('menuitem', { name: 'Seguridad' }).click();
  await expect(page.getByRole('heading', { name: 'Seguridad de la cuenta' })).toBeVisible();
  await page.getByRole('button', { name: 'Activar la verificación en dos pasos' }).click();
  await expect(page.getByRole('img', { name: /Código QR/ })).toBeVisible();
  const secret = (await page.getByLabel('Clave para escribir a mano').inputValue()).replace(
    /\s/g,
    '',
  );
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel(/Código de la app/).fill(code(secret));
  await page.getByRole('button', { name: 'Confirmar y activar' }).click();

  // The recovery codes, once; gone only after saying they are saved.
  const list = page.getByRole('list', { name: 'Códigos de recuperación' });
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const recoveryCodes = await list.getByRole('listitem').allInnerTexts();
  await expect(page.getByRole('button', { name: 'Terminar' })).toBeDisabled();
  await page.getByLabel('Los he guardado en un lugar seguro').check();
  await page.getByRole('button', { name: 'Terminar' }).click();
  await expect(page.getByText('Activada', { exact: true })).toBeVisible();
  await expect(page.getByText('Códigos de recuperación sin usar: 10')).toBeVisible();
  await expect(
    page.getByRole('cell', { name: 'Verificación en dos pasos activada' }),
  ).toBeVisible();
  await expectNoMissingTranslations(page);

  // Signing in now takes a code: a wrong one is said, the right one (a later step: the first
  // was spent) lets in.
  await signOut(page);
  await enterPassword(page, email);
  const codeField = page.getByLabel(/Código de la app/);
  await expect(codeField).toBeVisible();
  await codeField.fill(code(secret) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Ese código no es correcto o ya se usó/);
  await codeField.fill(code(secret, 1));
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByRole('banner')).toBeVisible();

  // Without the phone: a recovery code, once, recorded in the log.
  await signOut(page);
  await enterPassword(page, email);
  await page.getByRole('button', { name: /Usa un código de recuperación/ }).click();
  await page.getByLabel('Código de recuperación').fill(recoveryCodes[0]!);
  await page.getByRole('button', { name: 'Verificar' }).click();
  await expect(page.getByRole('banner')).toBeVisible();
  await page.goto(webUrl('/portal/security'));
  await expect(
    page.getByRole('cell', { name: 'Entrada con un código de recuperación' }),
  ).toBeVisible();
  await expect(page.getByText('Códigos de recuperación sin usar: 9')).toBeVisible();
  await expectNoMissingTranslations(page);
});
