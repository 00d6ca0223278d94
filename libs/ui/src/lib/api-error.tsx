import { toApiError, type ApiError } from '@alianza/graphql-client';
import { ErrorCode, ErrorReason } from '@alianza/shared';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useT } from './i18n';

/** The codes with a sentence of their own: the API's, and the client's own `NETWORK`. */
type KnownCode = ErrorCode | 'NETWORK';
const KNOWN_CODES: ReadonlySet<string> = new Set<KnownCode>([
  ...Object.values(ErrorCode),
  'NETWORK',
]);
const isKnownCode = (code: string): code is KnownCode => KNOWN_CODES.has(code);

const REASONS: ReadonlySet<string> = new Set<ErrorReason>(Object.values(ErrorReason));
const isReason = (reason: string | undefined): reason is ErrorReason =>
  reason !== undefined && REASONS.has(reason);

/**
 * The translated sentence for an API error code, plus the API's own (English) message as a
 * detail for English readers, and the request id of unexpected errors for support.
 */
export function useErrorText(): (error: unknown) => { title: string; detail?: string } {
  const { t, i18n } = useT('common');
  return (error) => {
    const api: ApiError | null = toApiError(error);
    if (!api) return { title: t('errors.UNKNOWN') };
    const code = isKnownCode(api.code) ? api.code : 'UNKNOWN';
    // The domain's reason says more than the code ("the collaboration is closed"); every
    // `ErrorReason` has its sentence (common.messages.ts), an unknown one falls back to the code.
    const title = isReason(api.reason) ? t(`errors.reasons.${api.reason}`) : t(`errors.${code}`);
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
  const { t } = useT('common');
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

/** The field an API refusal names (`extensions.details.field`), with its rule and bound. */
export interface RefusedField {
  /** As the API names it: `input.title`, `input.fields[2].label`. */
  field: string;
  rule: string;
  limit?: number;
}

/** The field a BAD_USER_INPUT names, if it names one. */
export function refusedField(error: unknown): RefusedField | undefined {
  const api = toApiError(error);
  const details = api?.details;
  if (api?.code !== 'BAD_USER_INPUT' || typeof details?.['field'] !== 'string') return undefined;
  const limit = details['limit'];
  return {
    field: details['field'],
    rule: typeof details['rule'] === 'string' ? details['rule'] : 'other',
    ...(typeof limit === 'number' ? { limit } : {}),
  };
}

const FIELD_RULES = new Set([
  'maxLength',
  'minLength',
  'isNotEmpty',
  'max',
  'min',
  'isEmail',
  'isUuid',
  'repeatsPrivate',
]);

/** The sentence for a refused field, in the reader's language ("Too long: at most 200 …"). */
export function useRefusedFieldText(): (refused: RefusedField) => string {
  const { t } = useT('common');
  return (refused) =>
    FIELD_RULES.has(refused.rule)
      ? t(`errors.fields.${refused.rule}` as 'errors.fields.other', { limit: refused.limit })
      : t('errors.fields.other');
}

/**
 * Where a refused field is in a form's values (Mantine's paths: `fields.2.label`): the API's
 * path as is, or without its first step (the argument, `input`); undefined when the form has
 * no such field.
 */
export function formPathOf(field: string, values: unknown): string | undefined {
  const steps = field.replace(/\[(\d+)\]/g, '.$1').split('.');
  for (const path of [steps, steps.slice(1)]) {
    if (path.length === 0) continue;
    let at: unknown = values;
    for (const step of path) {
      at =
        typeof at === 'object' && at !== null && step in at
          ? (at as Record<string, unknown>)[step]
          : undefined;
      if (at === undefined) break;
    }
    if (at !== undefined) return path.join('.');
  }
  return undefined;
}
