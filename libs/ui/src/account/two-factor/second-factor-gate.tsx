import { MyTwoFactorDocument, useMyTwoFactorQuery } from '@alianza/graphql-client';
import { useApolloClient } from '@apollo/client/react';
import { Button, Center, Container, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { useSession } from '../../lib/session';
import { TwoFactorSetupFlow } from './setup-flow';

/**
 * Where a staff member whose role requires two-step verification, and who has none, is sent:
 * the set-up, before anything else (the API refuses every other operation until it is done:
 * SECOND_FACTOR_REQUIRED). Everyone else goes straight through to `children`.
 */
export function SecondFactorGate(props: { children: ReactNode }) {
  const { t } = useT('two-factor');
  const common = useT('common').t;
  const session = useSession();
  const apollo = useApolloClient();
  const status = useMyTwoFactorQuery({ fetchPolicy: 'network-only' });
  if (status.loading && !status.data)
    return (
      <Center h="100vh">
        <Loader aria-label={common('state.loading')} />
      </Center>
    );
  if (status.error && !status.data)
    return (
      <Center h="100vh" p="md">
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      </Center>
    );
  if (!status.data?.myTwoFactor.setupRequired) return <>{props.children}</>;
  return (
    <Container size="sm" py="xl" component="main">
      <Stack gap="lg">
        <div>
          <Text c="teal" fw={700}>
            {common('product')}
          </Text>
          <Title order={1} size="h2">
            {t('required.title')}
          </Title>
          <Text c="dimmed" mt="xs">
            {t('required.text')}
          </Text>
        </div>
        <TwoFactorSetupFlow
          email={session.user.email}
          onDone={() => {
            // Whatever an earlier screen asked while held is stale: start clean.
            void apollo.refetchQueries({ include: [MyTwoFactorDocument] });
          }}
        />
        <div>
          <Button variant="default" onClick={() => void session.signOut()}>
            {t('required.signOut')}
          </Button>
        </div>
      </Stack>
    </Container>
  );
}
