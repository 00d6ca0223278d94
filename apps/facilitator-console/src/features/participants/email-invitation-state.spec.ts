import { describe, expect, it } from 'vitest';
import {
  canResend,
  canWithdrawEmailInvitation,
  emailInvitationStage,
} from './email-invitation-state';

describe('where an invitation by email stands', () => {
  const opened = '2026-12-05T10:00:00Z';

  it('is sent until its link is opened, then opened, until answered', () => {
    expect(emailInvitationStage({ status: 'PENDING', openedAt: null })).toBe('SENT');
    expect(emailInvitationStage({ status: 'PENDING', openedAt: opened })).toBe('OPENED');
    expect(emailInvitationStage({ status: 'ACCEPTED', openedAt: opened })).toBe('ACCEPTED');
    expect(emailInvitationStage({ status: 'REVOKED', openedAt: null })).toBe('WITHDRAWN');
    expect(emailInvitationStage({ status: 'EXPIRED', openedAt: opened })).toBe('EXPIRED');
  });

  it('may be resent while unanswered (expired too), and withdrawn only while pending', () => {
    expect(canResend({ status: 'PENDING', openedAt: null })).toBe(true);
    expect(canResend({ status: 'EXPIRED', openedAt: null })).toBe(true);
    expect(canResend({ status: 'ACCEPTED', openedAt: opened })).toBe(false);
    expect(canResend({ status: 'REVOKED', openedAt: null })).toBe(false);
    expect(canWithdrawEmailInvitation({ status: 'PENDING', openedAt: opened })).toBe(true);
    expect(canWithdrawEmailInvitation({ status: 'EXPIRED', openedAt: null })).toBe(false);
  });
});
