import {
  Alert,
  Button,
  Checkbox,
  CopyButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
} from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy, IconDownload } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useT } from '../../lib/i18n';

const NS = 'two-factor';

/** The text of the download: a header line, then one code per line. */
export function recoveryCodesFile(header: string, codes: readonly string[]): string {
  return [header, '', ...codes, ''].join('\n');
}

/**
 * The recovery codes, this once: copy or download them, say they are saved, then finish (they
 * are gone from the screen after). `onDone` is offered only once "I saved them" is ticked.
 */
export function RecoveryCodesReveal(props: {
  codes: readonly string[];
  /** Named in the downloaded file. */
  email: string;
  onDone: () => void;
}) {
  const { t } = useT(NS);
  const [saved, setSaved] = useState(false);
  const listId = useId();
  const text = recoveryCodesFile(t('codes.fileHeader', { email: props.email }), props.codes);
  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'alianza-recovery-codes.txt';
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('codes.title')}
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm">{t('codes.warning')}</Text>
        <Paper withBorder p="sm" bg="var(--mantine-color-body)">
          <Text id={listId} size="xs" c="dimmed" mb={4}>
            {t('codes.listLabel')}
          </Text>
          <List
            aria-labelledby={listId}
            listStyleType="none"
            spacing={2}
            styles={{ root: { columns: 2, fontFamily: 'var(--mantine-font-family-monospace)' } }}
          >
            {props.codes.map((code) => (
              <List.Item key={code}>{code}</List.Item>
            ))}
          </List>
        </Paper>
        <Group gap="xs">
          <CopyButton value={props.codes.join('\n')} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'default'}
                color={copied ? 'teal' : undefined}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? t('codes.copied') : t('codes.copy')}
              </Button>
            )}
          </CopyButton>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={download}
          >
            {t('codes.download')}
          </Button>
        </Group>
        <Checkbox
          label={t('codes.saved')}
          checked={saved}
          onChange={(e) => setSaved(e.currentTarget.checked)}
        />
        <Group>
          <Button disabled={!saved} onClick={props.onDone}>
            {t('codes.finish')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
