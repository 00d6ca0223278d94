import { MembershipRole } from '@alianza/shared';
import { Locale } from '@alianza/mail';
import { organizationInvitationMail } from './organization-invitation.mail';

describe('the email of an invitation to an organization', () => {
  const params = {
    email: 'colega@empresa.example',
    organizationName: 'Panadería La Espiga',
    invitedByName: 'Pedro Panadero',
    role: MembershipRole.MEMBER,
    link: 'https://alianza.example/portal/invitation?token=alzi_x',
    expiresAt: new Date('2027-01-15T10:00:00Z'),
  };

  it('says who invites to what, in the language asked, with the link and its expiry', () => {
    const es = organizationInvitationMail(Locale.ES, params);
    expect(es.subject).toBe('Pedro Panadero te invita a unirte a Panadería La Espiga en Alianza');
    expect(es.paragraphs[0]).toContain('como miembro');
    expect(es.action).toEqual({ label: 'Ver la invitación', url: params.link });
    expect(es.afterAction?.[0]).toBe('El enlace sirve una sola vez, hasta el 15 de enero de 2027.');
    expect(es.reason).toContain('colega@empresa.example');

    const en = organizationInvitationMail(Locale.EN, { ...params, role: MembershipRole.OWNER });
    expect(en.subject).toBe('Pedro Panadero invites you to join Panadería La Espiga on Alianza');
    expect(en.paragraphs[0]).toContain('as an owner');
    expect(en.afterAction?.[0]).toBe('The link works once, until 15 January 2027.');
  });

  it('carries the token only inside the link', () => {
    for (const locale of [Locale.ES, Locale.EN]) {
      const { action, ...rest } = organizationInvitationMail(locale, params);
      expect(action?.url).toBe(params.link);
      expect(JSON.stringify(rest)).not.toContain('alzi_');
    }
  });
});
