/**
 * What the account security log records (`account_events`, libs/identity): changes to how an
 * account signs in. Stored by name; add a kind here (and its label in both web apps) to record it.
 */
export enum AccountEventKind {
  /** The user turned two-factor sign-in on. */
  SECOND_FACTOR_ENABLED = 'SECOND_FACTOR_ENABLED',
  /** The user turned two-factor sign-in off. */
  SECOND_FACTOR_DISABLED = 'SECOND_FACTOR_DISABLED',
  /** A platform administrator turned the user's second factor off (lost device); sessions ended. */
  SECOND_FACTOR_RESET = 'SECOND_FACTOR_RESET',
  /** A one-time recovery code was used to sign in. */
  RECOVERY_CODE_USED = 'RECOVERY_CODE_USED',
  /** New recovery codes replaced the old ones. */
  RECOVERY_CODES_REGENERATED = 'RECOVERY_CODES_REGENERATED',
  /** The user changed their password. */
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  /** The user ended one of their sessions (signed a device out). */
  SESSION_ENDED = 'SESSION_ENDED',
  /** The user ended every session but the one they acted from ("sign out everywhere else"). */
  OTHER_SESSIONS_ENDED = 'OTHER_SESSIONS_ENDED',
  /** The user proved their address (followed the link emailed to it). */
  EMAIL_VERIFIED = 'EMAIL_VERIFIED',
  /** The user asked to move the account to another address (a link went to it). */
  EMAIL_CHANGE_REQUESTED = 'EMAIL_CHANGE_REQUESTED',
  /** The account moved to another address (its link was followed). */
  EMAIL_CHANGED = 'EMAIL_CHANGED',
  /** The user made a personal calendar feed address (any earlier one stopped working). */
  CALENDAR_FEED_CREATED = 'CALENDAR_FEED_CREATED',
  /** The user turned their calendar feed address off. */
  CALENDAR_FEED_REVOKED = 'CALENDAR_FEED_REVOKED',
}
