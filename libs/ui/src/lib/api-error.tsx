import { toApiError, type ApiError } from '@alianza/graphql-client';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const KNOWN = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
]);

/**
 * The translated sentence for an API error code, plus the API's own (English) message as a
 * detail for English readers, and the request id of unexpected errors for support.
 */
export function useErrorText(): (error: unknown) => { title: string; detail?: string } {
  const { t, i18n } = useTranslation('common');
  return (error) => {
    const api: ApiError | null = toApiError(error);
    if (!api) return { title: t('errors.UNKNOWN') };
    const key = KNOWN.has(api.code) ? api.code : 'UNKNOWN';
    // The domain's reason says more than the code ("the collaboration is closed").
    const reason = api.reason && i18n.exists(`common:errors.reasons.${api.reason}`);
    const title = reason ? t(`errors.reasons.${api.reason}`) : t(`errors.${key}`);
    const parts: string[] = [];
    // The API words its messages in English: they are the detail for English readers only, so a
    // Spanish screen never mixes languages (the translated sentence says what happened).
    const worded = api.code !== 'INTERNAL_SERVER_ERROR' && api.code !== 'NETWORK';
    if (i18n.language === 'en' && api.message && worded) parts.push(api.message);
    if (api.requestId) parts.push(t('errors.reference', { requestId: api.requestId }));
    return { title, detail: parts.length ? parts.join(' · ') : undefined };
  };
}

export function ErrorAlert(props: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation('common');
  const text = useErrorText()(props.error);
  return (
    <Alert color="red" title={text.title} role="alert" variant="light">
      {text.detail && <Text size="sm">{text.detail}</Text>}
      {props.onRetry && (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={props.onRetry}>
            {t('actions.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
