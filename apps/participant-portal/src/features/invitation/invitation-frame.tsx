import { LanguageSwitch } from '@alianza/ui';
import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';

/** The invitation's page, before and after signing in: the product, a heading, the step. */
export function InvitationFrame(props: { heading: string; children: ReactNode }) {
  const { t } = useT('common');
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w={520} maw="100%" component="main">
        <Stack>
          <div>
            <Text c="teal" fw={700}>
              {t('product')}
            </Text>
            <Title order={1} size="h3">
              {props.heading}
            </Title>
          </div>
          {props.children}
          <Anchor component="div" size="xs">
            <LanguageSwitch />
          </Anchor>
        </Stack>
      </Paper>
    </Center>
  );
}
