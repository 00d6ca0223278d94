import { describe, expect, it } from 'vitest';
import { invitationStep } from './invitation-step';

describe('the step of an invitation link', () => {
  const link = {
    kind: 'COLLABORATION' as const,
    status: 'PENDING' as const,
    email: 'nueva@empresa.example',
    accountExists: false,
  };

  it('says why a closed link cannot be used, whoever is signed in', () => {
    expect(invitationStep({ ...link, status: 'EXPIRED' }, null)).toBe('expired');
    expect(invitationStep({ ...link, status: 'REVOKED' }, 'nueva@empresa.example')).toBe(
      'withdrawn',
    );
    expect(invitationStep({ ...link, status: 'ACCEPTED' }, 'otra@empresa.example')).toBe('used');
    expect(invitationStep({ ...link, status: 'DECLINED' }, null)).toBe('declined');
  });

  it('asks a newcomer to sign up, an account holder to sign in', () => {
    expect(invitationStep(link, null)).toBe('sign-up');
    expect(invitationStep({ ...link, accountExists: true }, null)).toBe('sign-in');
  });

  it('stops another account, and lets the address invited answer', () => {
    expect(invitationStep(link, 'otra@empresa.example')).toBe('wrong-account');
    expect(invitationStep(link, 'Nueva@Empresa.example')).toBe('choose-organization');
    expect(invitationStep({ ...link, kind: 'ORGANIZATION' }, 'nueva@empresa.example')).toBe(
      'join-organization',
    );
  });
});
