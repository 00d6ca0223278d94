import { MeDocument, useResendVerificationEmailMutation } from '@alianza/graphql-client';
import { useMessages } from '@alianza/i18n';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useAction } from '../../lib/feedback';
import { useT } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { emailAddressMessages } from './messages';

const NS = { 'email-address': emailAddressMessages };

/**
 * Above every screen while the signed-in account's address is not confirmed: what it keeps from
 * the person (answering invitations sent to it), and a way to get another link.
 */
export function EmailVerificationBanner() {
  useMessages(NS);
  const { t } = useT('email-address');
  const { user } = useSession();
  const run = useAction();
  const [sent, setSent] = useState(false);
  const [resend, { loading }] = useResendVerificationEmailMutation({
    refetchQueries: [{ query: MeDocument }],
  });
  if (user.emailVerified) return null;
  const email = user.email;
  const ask = async () => {
    const result = await run(() => resend(), t('banner.sent', { email }));
    if (result) setSent(true);
  };
  return (
    <Alert color="yellow" variant="light" mb="md" title={t('banner.title')} role="status">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">{sent ? t('banner.sent', { email }) : t('banner.text', { email })}</Text>
        <Button size="xs" variant="light" loading={loading} onClick={() => void ask()}>
          {t('banner.resend')}
        </Button>
      </Group>
    </Alert>
  );
}
