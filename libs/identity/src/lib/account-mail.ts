import { Db } from '@alianza/db';
import type { UserEntity } from './entities/user.entity';
import { normalizeEmail } from './identity.service';

/** What an email about an account needs of it: where to send, whom to greet, which app. */
export interface MailedAccount {
  id: string;
  email: string;
  display_name: string;
  is_facilitator: boolean;
  is_platform_admin: boolean;
  /** The account's language (ADR 0028): every email to it is written in it. */
  locale: string;
}

/** What an email needs of an account already loaded as an entity. */
export function mailedAccount(user: UserEntity): MailedAccount {
  return {
    id: user.id,
    email: user.email,
    display_name: user.displayName,
    is_facilitator: user.isFacilitator,
    is_platform_admin: user.isPlatformAdmin,
    locale: user.locale,
  };
}

/** The account with this address (exactly, once normalized), if there is one. */
export async function accountByEmail(db: Db, email: string): Promise<MailedAccount | undefined> {
  const [account] = await db.query<MailedAccount>(
    `SELECT id, email, display_name, is_facilitator, is_platform_admin, locale FROM users WHERE email = :email`,
    { email: normalizeEmail(email) },
  );
  return account;
}

/** The account of this id. */
export async function accountById(db: Db, id: string): Promise<MailedAccount | undefined> {
  const [account] = await db.query<MailedAccount>(
    `SELECT id, email, display_name, is_facilitator, is_platform_admin, locale FROM users WHERE id = :id`,
    { id },
  );
  return account;
}

/** The app the person works in, as a link's first path segment: the console for staff. */
export function appOf(account: Pick<MailedAccount, 'is_facilitator' | 'is_platform_admin'>) {
  return account.is_facilitator || account.is_platform_admin ? 'console' : 'portal';
}
