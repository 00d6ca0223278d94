import {
  MeDocument,
  toApiError,
  useConfirmEmailChangeMutation,
  useMeQuery,
  useVerifyEmailMutation,
} from '@alianza/graphql-client';
import { useMessages } from '@alianza/i18n';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { AccountFrame } from '../password-reset/account-frame';
import { emailAddressMessages } from './messages';

const NS = { 'email-address': emailAddressMessages };

/** What a link's page is for: confirming the account's address, or moving it to a new one. */
export type EmailLinkKind = 'verify' | 'change';

/** Why a link does not work, as the API says it (`extensions.reason`), by page. */
const REFUSALS = {
  verify: {
    EMAIL_LINK_EXPIRED: 'verify.expired',
    EMAIL_LINK_USED: 'verify.used',
    EMAIL_LINK_STALE: 'verify.stale',
    EMAIL_LINK_UNKNOWN: 'link.unknown',
  },
  change: {
    EMAIL_LINK_EXPIRED: 'change.expired',
    EMAIL_LINK_USED: 'change.used',
    EMAIL_TAKEN: 'change.taken',
    EMAIL_LINK_UNKNOWN: 'link.unknown',
  },
} as const;

/**
 * The page an email's link opens (`verify-email?token=…` or `confirm-email-change?token=…`),
 * signed in or not: the person presses one button (a mail scanner opening the link confirms
 * nothing), then reads that it is done, or why the link does not work.
 */
export function EmailLinkPage(props: { appTitle: string; kind: EmailLinkKind }) {
  useMessages(NS);
  const { t } = useT('email-address');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const signedIn = Boolean(useMeQuery({ fetchPolicy: 'cache-first' }).data?.me);
  const [done, setDone] = useState(false);
  const refetchQueries = [{ query: MeDocument }];
  const [verify, verifying] = useVerifyEmailMutation({ refetchQueries });
  const [confirm, confirming] = useConfirmEmailChangeMutation({ refetchQueries });
  const { loading, error } = props.kind === 'verify' ? verifying : confirming;
  const section = props.kind;

  const api = toApiError(error);
  const refusals: Record<string, string> = REFUSALS[props.kind];
  const refusal = api?.reason ? refusals[api.reason] : undefined;

  const submit = async () => {
    const variables = { input: { token } } as const;
    try {
      if (props.kind === 'verify') await verify({ variables });
      else await confirm({ variables });
      setDone(true);
    } catch {
      // Shown below from `error`.
    }
  };

  const onward = (
    <Button component={Link} to="/" variant={done ? 'filled' : 'light'}>
      {signedIn ? t('link.toApp') : t('link.signIn')}
    </Button>
  );

  if (done)
    return (
      <AccountFrame appTitle={props.appTitle} title={t(`${section}.doneTitle`)}>
        <Alert color="teal" role="status" variant="light">
          {t(`${section}.done`)}
        </Alert>
        {onward}
      </AccountFrame>
    );

  if (!token || refusal)
    return (
      <AccountFrame appTitle={props.appTitle} title={t(`${section}.title`)}>
        <Alert color="red" role="alert" variant="light">
          {/* The keys of REFUSALS are this namespace's. */}
          {refusal ? t(refusal as 'link.unknown') : t('link.missing')}
        </Alert>
        {onward}
      </AccountFrame>
    );

  return (
    <AccountFrame appTitle={props.appTitle} title={t(`${section}.title`)}>
      <Stack>
        <Text size="sm">{t(`${section}.intro`)}</Text>
        {!signedIn && (
          <Text size="sm" c="dimmed">
            {t('link.signedOut')}
          </Text>
        )}
        {error && <ErrorAlert error={error} />}
        <Button loading={loading} onClick={() => void submit()}>
          {t(`${section}.submit`)}
        </Button>
      </Stack>
    </AccountFrame>
  );
}
