import { useFormat } from '@alianza/i18n';
import { ErrorAlert } from '@alianza/ui';
import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconLinkOff, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useConsoleVerifyAuditLogLazyQuery } from './audit.generated';

/** Recomputes the hash chain on the server and says whether it holds, or where it breaks. */
export function VerifyChain(props: { collaborationId: string }) {
  const { t } = useTranslation('audit');
  const format = useFormat();
  const [verify, { data, loading, error }] = useConsoleVerifyAuditLogLazyQuery({
    fetchPolicy: 'network-only',
  });
  const result = data?.verifyAuditLog;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="verify-title">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} fz="h4" id="verify-title">
              {t('verify.title')}
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              {t('verify.hint')}
            </Text>
          </div>
          <Button
            leftSection={<IconShieldCheck size={16} aria-hidden />}
            loading={loading}
            onClick={() =>
              void verify({ variables: { collaborationId: props.collaborationId } }).catch(
                () => undefined,
              )
            }
          >
            {t('verify.button')}
          </Button>
        </Group>
        {error && !loading && <ErrorAlert error={error} />}
        {result && !loading && (
          <div aria-live="polite">
            {result.valid ? (
              <Alert
                color="teal"
                icon={<IconLink size={18} />}
                title={t('verify.valid', {
                  count: result.checkedRecords,
                  formatted: format.number(result.checkedRecords),
                })}
              >
                {t('verify.validHint')}
              </Alert>
            ) : (
              <Alert
                color="red"
                variant="filled"
                icon={<IconLinkOff size={18} />}
                title={t('verify.broken', { seq: result.firstBrokenSeq ?? '?' })}
              >
                <Text size="sm">
                  {t('verify.brokenHint', {
                    count: result.checkedRecords,
                    formatted: format.number(result.checkedRecords),
                  })}
                </Text>
                {result.firstBrokenRecordId && (
                  <Text size="sm" mt={4}>
                    {t('verify.brokenRecord')} <Code>{result.firstBrokenRecordId}</Code>
                  </Text>
                )}
              </Alert>
            )}
          </div>
        )}
      </Stack>
    </Paper>
  );
}
