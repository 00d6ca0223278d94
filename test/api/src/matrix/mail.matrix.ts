import { Client } from 'pg';
import { ROLES } from '../../support/world';
import { Operation, outcome } from '../../support/matrix';

/** A message the queue gave up on (written as the owner: no API makes one fail on purpose). */
async function failedMessage(): Promise<string> {
  const owner = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ id: string }>(
      `INSERT INTO mail_messages (queue, kind, recipient, locale, subject, html, text, message_id, status, attempts, last_error)
       VALUES ('matrix-spec', 'test-message', 'nobody@example.org', 'es', 'Hola', '<p>Hola</p>', 'Hola', '<matrix@test>', 'failed', 8, 'refused')
       RETURNING id`,
    );
    return rows[0]!.id;
  } finally {
    await owner.end();
  }
}

/** Password reset (libs/identity) and the mail queue (libs/mail) in the authorization matrix. */
export const MAIL_MATRIX: Record<string, Operation> = {
  requestPasswordReset: {
    allowed: [...ROLES],
    mutates: true,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
          { input: { email: t.uniqueEmail('forgetful'), locale: 'EN' } },
          as,
        ),
      ),
  },
  resetPassword: {
    // Anyone with a link's token: an unknown one is refused for what it is, not for who asks.
    allowed: [...ROLES],
    mutates: true,
    run: async (t, _w, as) => {
      const res = await t.gql(
        `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`,
        { input: { token: 'a-token-nobody-was-given', newPassword: 'a brand new passphrase' } },
        as,
      );
      if (res.errors?.[0]?.extensions['reason'] === 'RESET_LINK_UNKNOWN') return 'allowed';
      return outcome(res);
    },
  },
  mailQueue: {
    allowed: ['platformAdmin'],
    run: async (t, _w, as) =>
      outcome(
        await t.gql(`{ mailQueue(first: 5) { totalCount nodes { id kind status } } }`, {}, as),
      ),
  },
  retryMail: {
    allowed: ['platformAdmin'],
    mutates: true,
    run: async (t, _w, as) =>
      outcome(
        await t.gql(
          `mutation($id: ID!) { retryMail(mailMessageId: $id) { id status } }`,
          { id: await failedMessage() },
          as,
        ),
      ),
  },
};
