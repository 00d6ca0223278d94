import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  Stack,
  Tabs,
  Text,
} from '@mantine/core';
import { useFormat } from '@alianza/i18n';
import { IconEyeOff } from '@tabler/icons-react';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldLike } from './preview-columns';
import {
  bodySegments,
  EMPTY_REDACTION,
  isValidSpan,
  normalizeSpans,
  withField,
  withoutSpan,
  withSpan,
  type ExtraRedactions,
  type Redaction,
  type Span,
} from './redaction';
import { spanFromRange } from './selection';

export interface PickerRecipient {
  readonly organizationId: string;
  readonly organizationName: string;
}

export interface RedactionPickerProps {
  readonly recipients: readonly PickerRecipient[];
  readonly fields: readonly FieldLike[];
  /** The version's body, unredacted (markdown source: spans count its characters). */
  readonly body: string;
  /** What the owner already proposed to hide from everyone. */
  readonly proposed: Redaction;
  readonly value: ExtraRedactions;
  readonly onChange: (value: ExtraRedactions) => void;
  readonly disabled?: boolean;
}

/**
 * Extra redactions per recipient, on top of the owner's proposal: fields to leave out, and
 * spans of the body (selected with the mouse, or typed as positions) to replace by a marker.
 */
export function RedactionPicker(props: RedactionPickerProps) {
  const { t } = useTranslation('queue');
  const first = props.recipients[0]?.organizationId ?? null;
  const [active, setActive] = useState<string | null>(first);
  const current = props.recipients.some((r) => r.organizationId === active) ? active : first;
  if (props.recipients.length === 0) return null;
  const set = (organizationId: string, redaction: Redaction) =>
    props.onChange({ ...props.value, [organizationId]: redaction });
  const copyToAll = (redaction: Redaction) =>
    props.onChange(Object.fromEntries(props.recipients.map((r) => [r.organizationId, redaction])));
  return (
    <Tabs value={current} onChange={setActive} keepMounted={false}>
      <Tabs.List aria-label={t('picker.recipients')}>
        {props.recipients.map((r) => {
          const extra = props.value[r.organizationId] ?? EMPTY_REDACTION;
          const count = extra.fieldKeys.length + extra.spans.length;
          return (
            <Tabs.Tab
              key={r.organizationId}
              value={r.organizationId}
              rightSection={
                count > 0 ? (
                  <Badge size="xs" color="red" variant="light" aria-hidden>
                    {count}
                  </Badge>
                ) : undefined
              }
            >
              {r.organizationName}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {props.recipients.map((r) => (
        <Tabs.Panel key={r.organizationId} value={r.organizationId} pt="sm">
          <RecipientEditor
            recipient={r}
            fields={props.fields}
            body={props.body}
            proposed={props.proposed}
            value={props.value[r.organizationId] ?? EMPTY_REDACTION}
            onChange={(redaction) => set(r.organizationId, redaction)}
            onCopyToAll={props.recipients.length > 1 ? copyToAll : undefined}
            disabled={props.disabled}
          />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function RecipientEditor(props: {
  recipient: PickerRecipient;
  fields: readonly FieldLike[];
  body: string;
  proposed: Redaction;
  value: Redaction;
  onChange: (value: Redaction) => void;
  onCopyToAll?: (value: Redaction) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('queue');
  const format = useFormat();
  const org = props.recipient.organizationName;
  const valueText = (field: FieldLike) =>
    (field.type === 'NUMBER' ? field.number !== null && format.number(field.number) : field.text) ||
    t('picker.noValue');
  const proposedKeys = new Set(props.proposed.fieldKeys);
  const empty = props.value.fieldKeys.length === 0 && props.value.spans.length === 0;
  return (
    <Stack gap="md">
      <Fieldset legend={t('picker.fieldsLegend', { org })} disabled={props.disabled}>
        {props.fields.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('picker.noFields')}
          </Text>
        ) : (
          <Stack gap="xs">
            {props.fields.map((field) => {
              const byProposal = proposedKeys.has(field.key);
              return (
                <Checkbox
                  key={field.key}
                  label={field.label}
                  description={byProposal ? t('picker.hiddenByProposal') : valueText(field)}
                  checked={byProposal || props.value.fieldKeys.includes(field.key)}
                  disabled={byProposal || props.disabled}
                  onChange={(e) =>
                    props.onChange(withField(props.value, field.key, e.currentTarget.checked))
                  }
                />
              );
            })}
          </Stack>
        )}
      </Fieldset>
      <SpanEditor {...props} />
      <Group justify="flex-end" gap="xs">
        {props.onCopyToAll && (
          <Button
            variant="default"
            size="xs"
            disabled={props.disabled}
            onClick={() => props.onCopyToAll?.(props.value)}
          >
            {t('picker.copyToAll')}
          </Button>
        )}
        <Button
          variant="subtle"
          color="red"
          size="xs"
          disabled={empty || props.disabled}
          onClick={() => props.onChange(EMPTY_REDACTION)}
        >
          {t('picker.clear', { org })}
        </Button>
      </Group>
    </Stack>
  );
}

/** Keeps the span of the last selection made inside `ref` (selections elsewhere leave it). */
function useSelectedSpan(ref: RefObject<HTMLElement | null>) {
  const [span, setSpan] = useState<Span | null>(null);
  useEffect(() => {
    const update = () => {
      const element = ref.current;
      const selection = document.getSelection();
      if (!element || !selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (!range.intersectsNode(element)) return;
      setSpan(spanFromRange(element, range));
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [ref]);
  return [span, setSpan] as const;
}

function excerpt(body: string, span: Span): string {
  const text = body.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return text.length > 48 ? `${text.slice(0, 45)}…` : text;
}

function SpanEditor(props: {
  recipient: PickerRecipient;
  body: string;
  proposed: Redaction;
  value: Redaction;
  onChange: (value: Redaction) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('queue');
  const org = props.recipient.organizationName;
  const bodyRef = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useSelectedSpan(bodyRef);
  const [from, setFrom] = useState<number | string>('');
  const [to, setTo] = useState<number | string>('');
  const [rangeError, setRangeError] = useState<string | null>(null);
  const length = props.body.length;
  const segments = bodySegments(props.body, props.proposed.spans, props.value.spans);

  const hide = (span: Span) => {
    props.onChange(withSpan(props.value, span));
    document.getSelection()?.removeAllRanges();
    setSelected(null);
  };
  const hideSelection = () => {
    const element = bodyRef.current;
    const selection = document.getSelection();
    const live =
      element && selection && selection.rangeCount > 0
        ? spanFromRange(element, selection.getRangeAt(0))
        : null;
    const span = live ?? selected;
    if (span) hide(span);
  };
  const hideRange = () => {
    const span = { start: Number(from), end: Number(to) };
    if (from === '' || to === '' || !isValidSpan(span, length)) {
      setRangeError(t('picker.rangeInvalid', { length }));
      return;
    }
    setRangeError(null);
    hide(span);
    setFrom('');
    setTo('');
  };

  return (
    <Fieldset legend={t('picker.spansLegend', { org })} disabled={props.disabled}>
      <Stack gap="xs">
        {length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('picker.noBody')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed">
              {t('picker.spansHint', { org })}
            </Text>
            <Paper
              withBorder
              p="sm"
              ref={bodyRef}
              role="group"
              aria-label={t('picker.bodyLabel')}
              style={{
                whiteSpace: 'pre-wrap',
                overflowWrap: 'anywhere',
                fontSize: 'var(--mantine-font-size-sm)',
                maxHeight: 280,
                overflowY: 'auto',
                userSelect: 'text',
              }}
            >
              {segments.map((segment) =>
                segment.kind === 'plain' ? (
                  segment.text
                ) : (
                  <mark
                    key={segment.start}
                    title={
                      segment.kind === 'proposed'
                        ? t('picker.proposedSpan')
                        : t('picker.extraSpan', { org })
                    }
                    style={
                      segment.kind === 'proposed'
                        ? {
                            background: 'var(--mantine-color-gray-3)',
                            textDecoration: 'line-through',
                          }
                        : { background: 'var(--mantine-color-red-2)' }
                    }
                  >
                    {segment.text}
                  </mark>
                ),
              )}
            </Paper>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="xs" c="dimmed" aria-live="polite">
                {selected
                  ? t('picker.selection', {
                      text: excerpt(props.body, selected),
                      start: selected.start,
                      end: selected.end,
                    })
                  : t('picker.noSelection')}
              </Text>
              <Button
                size="xs"
                variant="light"
                color="red"
                leftSection={<IconEyeOff size={14} aria-hidden />}
                disabled={!selected || props.disabled}
                // Keep the text selection when the button is pressed.
                onMouseDown={(e) => e.preventDefault()}
                onClick={hideSelection}
              >
                {t('picker.hideSelection')}
              </Button>
            </Group>
            <Group align="flex-end" gap="xs" wrap="wrap">
              <NumberInput
                size="xs"
                w={120}
                label={t('picker.from')}
                min={0}
                max={length}
                allowDecimal={false}
                allowNegative={false}
                value={from}
                onChange={setFrom}
              />
              <NumberInput
                size="xs"
                w={120}
                label={t('picker.to')}
                min={1}
                max={length}
                allowDecimal={false}
                allowNegative={false}
                value={to}
                onChange={setTo}
              />
              <Button size="xs" variant="default" onClick={hideRange}>
                {t('picker.hideRange')}
              </Button>
            </Group>
            {rangeError && (
              <Text size="xs" c="red" role="alert">
                {rangeError}
              </Text>
            )}
            {props.value.spans.length > 0 && (
              <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
                {normalizeSpans(props.value.spans).map((span) => (
                  <Group key={`${span.start}-${span.end}`} component="li" gap={4} wrap="nowrap">
                    <Text size="sm" style={{ flex: 1 }} lineClamp={1}>
                      {t('picker.spanItem', {
                        text: excerpt(props.body, span),
                        start: span.start,
                        end: span.end,
                      })}
                    </Text>
                    <CloseButton
                      size="sm"
                      aria-label={t('picker.removeSpan', { start: span.start, end: span.end })}
                      disabled={props.disabled}
                      onClick={() => props.onChange(withoutSpan(props.value, span))}
                    />
                  </Group>
                ))}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
