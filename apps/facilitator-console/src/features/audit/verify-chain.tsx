import { useFormat } from '@alianza/i18n';
import { ErrorAlert } from '@alianza/ui';
import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLink, IconLinkOff, IconShieldCheck } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { ConsoleVerifyAuditLogQuery, useConsoleVerifyAuditLogLazyQuery } from './audit.generated';

type Verification = ConsoleVerifyAuditLogQuery['verifyAuditLog'];

/**
 * Verifies the chain on the server — what was added since the last verification, or all of it —
 * and says whether it holds, or where it breaks and why.
 */
export function VerifyChain(props: { collaborationId: string }) {
  const { t } = useT('audit');
  const [verify, { data, loading, error }] = useConsoleVerifyAuditLogLazyQuery({
    fetchPolicy: 'network-only',
  });
  const run = (full: boolean) =>
    void verify({ variables: { collaborationId: props.collaborationId, full } }).catch(
      () => undefined,
    );
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
          <Group gap="xs">
            <Button
              leftSection={<IconShieldCheck size={16} aria-hidden />}
              loading={loading}
              onClick={() => run(false)}
            >
              {t('verify.button')}
            </Button>
            <Button variant="default" disabled={loading} onClick={() => run(true)}>
              {t('verify.fullButton')}
            </Button>
          </Group>
        </Group>
        {error && !loading && <ErrorAlert error={error} />}
        {result && !loading && <VerificationResult result={result} />}
      </Stack>
    </Paper>
  );
}

/** What a verification found, in words. */
export function VerificationResult({ result }: { result: Verification }) {
  const { t } = useT('audit');
  const format = useFormat();
  const count = {
    count: result.checkedRecords,
    formatted: format.number(result.checkedRecords),
    resumed: result.resumedAfterSeq,
  };
  return (
    <div aria-live="polite">
      {result.valid ? (
        <Alert
          color="teal"
          icon={<IconLink size={18} />}
          title={t('verify.valid', { head: result.headSeq })}
        >
          <Text size="sm">
            {result.resumedAfterSeq > 0
              ? t('verify.validResumed', count)
              : t('verify.validFull', count)}
          </Text>
          {result.checkpointSeq !== null && (
            <Text size="sm">{t('verify.checkpoint', { seq: result.checkpointSeq })}</Text>
          )}
          {result.legacyThroughSeq > 0 && (
            <Text size="sm">{t('verify.legacy', { seq: result.legacyThroughSeq })}</Text>
          )}
        </Alert>
      ) : (
        <Alert
          color="red"
          variant="filled"
          icon={<IconLinkOff size={18} />}
          title={
            result.firstBrokenSeq === null
              ? t('verify.brokenNoSeq')
              : t('verify.broken', { seq: result.firstBrokenSeq })
          }
        >
          {result.reason && <Text size="sm">{t(`verify.reasons.${result.reason}`)}</Text>}
          {result.resumedAfterSeq > 0 && (
            <Text size="sm">{t('verify.brokenBeforeResumed', count)}</Text>
          )}
          {result.firstBrokenRecordId && (
            <Text size="sm" mt={4}>
              {t('verify.brokenRecord')} <Code>{result.firstBrokenRecordId}</Code>
            </Text>
          )}
        </Alert>
      )}
    </div>
  );
}
