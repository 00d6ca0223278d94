import { Locale } from '@alianza/mail';
import { collaborationInvitationMail } from './collaboration-invitation.mail';

describe('the email of an invitation to a collaboration', () => {
  const params = {
    email: 'nueva@empresa.example',
    organizationName: 'Empresa Nueva',
    invitedByName: 'Fátima Facilitadora',
    link: 'https://alianza.example/portal/invitation?token=alzi_x',
    expiresAt: new Date('2027-01-15T10:00:00Z'),
  };

  it('says who invites which organization, in the language asked, with the link', () => {
    const es = collaborationInvitationMail(Locale.ES, params);
    expect(es.subject).toBe(
      'Fátima Facilitadora invita a Empresa Nueva a una colaboración en Alianza',
    );
    expect(es.action).toEqual({ label: 'Ver la invitación', url: params.link });
    expect(es.afterAction?.[0]).toBe('El enlace sirve una sola vez, hasta el 15 de enero de 2027.');
    const en = collaborationInvitationMail(Locale.EN, params);
    expect(en.subject).toBe(
      'Fátima Facilitadora invites Empresa Nueva to a collaboration on Alianza',
    );
    expect(en.action?.label).toBe('See the invitation');
    expect(en.reason).toContain('nueva@empresa.example');
  });
});
