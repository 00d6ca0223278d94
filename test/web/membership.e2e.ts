import { expect, test } from '@playwright/test';
import { DEMO, expectNoMissingTranslations, signIn, webUrl } from './support/pages';

// Membership by consent (issue 13): an owner invites an address; the person signed in with it
// accepts in the portal, and only then is a member.
const MOLINO_MEMBER = 'member@molino.demo';

test('an owner invites, the invited person accepts, and only then is a member', async ({
  browser,
}) => {
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, 'portal', DEMO.panaderia);
  await owner.goto(webUrl('/portal/organization'));
  const invitations = owner.getByRole('region', { name: 'Invitaciones pendientes' });
  await expect(invitations.getByText('No hay invitaciones pendientes.')).toBeVisible();

  // An address nobody has: invited, then withdrawn.
  const email = owner.getByRole('textbox', { name: 'Correo electrónico' });
  await email.fill('nadie-aun@example.org');
  await owner.getByRole('button', { name: 'Enviar invitación' }).click();
  await expect(
    invitations.getByRole('cell', { name: 'nadie-aun@example.org', exact: true }),
  ).toBeVisible();
  await owner
    .getByRole('button', { name: 'Retirar la invitación a nadie-aun@example.org' })
    .click();
  await expect(invitations.getByText('No hay invitaciones pendientes.')).toBeVisible();

  // The two toasts of those steps sit over the form's button until they close (4 s): waited
  // for, with the pointer off them (a toast under the pointer stays).
  await owner.mouse.move(0, 0);
  await expect(owner.locator('.mantine-Notification-root')).toHaveCount(0);

  // Another organization's member: invited; not a member until accepting.
  await email.fill(MOLINO_MEMBER);
  await owner.getByRole('button', { name: 'Enviar invitación' }).click();
  await expect(invitations.getByRole('cell', { name: MOLINO_MEMBER, exact: true })).toBeVisible();
  const members = owner.getByRole('region', { name: 'Miembros' });
  await expect(members.getByRole('cell', { name: 'Iván Harina', exact: true })).toBeHidden();
  await expectNoMissingTranslations(owner);

  const invited = await (await browser.newContext()).newPage();
  await signIn(invited, 'portal', MOLINO_MEMBER);
  const received = invited.getByRole('region', { name: 'Invitaciones para ti' });
  await expect(received.getByText('Panadería La Espiga')).toBeVisible();
  await expect(received.getByText(/Te invita Pedro Panadero como/)).toBeVisible();
  await expectNoMissingTranslations(invited);
  await received
    .getByRole('button', { name: 'Aceptar la invitación de Panadería La Espiga' })
    .click();
  await expect(invited.getByText('Ya eres miembro de Panadería La Espiga')).toBeVisible();
  await expect(received).toBeHidden();

  await owner.reload();
  await expect(members.getByRole('cell', { name: 'Iván Harina', exact: true })).toBeVisible();
  await expect(invitations.getByText('No hay invitaciones pendientes.')).toBeVisible();
});
