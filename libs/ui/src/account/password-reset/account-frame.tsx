import { Anchor, Center, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { LanguageSwitch } from '../../lib/language-switch';

/** The frame of the pages one sees signed out (as the sign-in page's): product, app, title. */
export function AccountFrame(props: { appTitle: string; title: string; children: ReactNode }) {
  const { t } = useT('common');
  return (
    <Center mih="100vh" p="md" bg="var(--mantine-color-gray-0)">
      <Paper withBorder shadow="sm" p="xl" w={440} component="main">
        <Stack>
          <div>
            <Text c="teal" fw={700}>
              {t('product')} · {props.appTitle}
            </Text>
            <Title order={1} size="h3">
              {props.title}
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
