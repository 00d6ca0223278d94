import { Badge, Button, Checkbox, Fieldset, Group, Stack, Tabs, Text } from '@mantine/core';
import { useFormat } from '@alianza/i18n';
import { HiddenValueWarnings, TextSpanPicker, type ItemFileSummary } from '@alianza/ui';
import { useState } from 'react';
import { useT } from '../../i18n';
import { FileDecisions } from './file-decisions';
import { FileLeakWarnings } from './file-leaks';
import { changedFileCount, type FileShare } from './file-shares';
import type { FieldLike } from './preview-columns';
import {
  EMPTY_REDACTION,
  NO_FILES,
  fileLeaksOf,
  mergeRedactions,
  withField,
  withFileChoices,
  withSpans,
  type ExtraRedactions,
  type Redaction,
  type ServerLeak,
} from './redaction';

export interface PickerRecipient {
  readonly organizationId: string;
  readonly organizationName: string;
}

/** The version's files and those the owner proposes to share. */
export interface PickerFiles {
  readonly proposed: readonly FileShare[];
  readonly files: readonly ItemFileSummary[];
}

export interface RedactionPickerProps {
  readonly recipients: readonly PickerRecipient[];
  /** The version's title (never hidden: the assistant says when it shows a hidden value). */
  readonly title: string;
  readonly fields: readonly FieldLike[];
  /** The version's body, unredacted (Markdown: spans count the characters of its text as read). */
  readonly body: string;
  /** What the owner already proposed to hide from everyone. */
  readonly proposed: Redaction;
  /** The version's files and those the owner proposes to share (none: no documents part). */
  readonly fileContext?: PickerFiles;
  /**
   * The server's warnings with the proposal (`hiddenValueWarnings`): the places in files, which
   * only the server reads, are shown per recipient as its file choices leave them.
   */
  readonly serverLeaks?: readonly ServerLeak[];
  readonly value: ExtraRedactions;
  readonly onChange: (value: ExtraRedactions) => void;
  readonly disabled?: boolean;
}

/**
 * Extra redactions per recipient, on top of the owner's proposal: fields to leave out, parts
 * of the text (chosen on the formatted text) to replace by a marker, and less of each file.
 */
export function RedactionPicker(props: RedactionPickerProps) {
  const { t } = useT('queue');
  const first = props.recipients[0]?.organizationId ?? null;
  const [active, setActive] = useState<string | null>(first);
  const current = props.recipients.some((r) => r.organizationId === active) ? active : first;
  if (props.recipients.length === 0) return null;
  const set = (organizationId: string, redaction: Redaction) =>
    props.onChange({ ...props.value, [organizationId]: redaction });
  const copyToAll = (redaction: Redaction) =>
    props.onChange(Object.fromEntries(props.recipients.map((r) => [r.organizationId, redaction])));
  const fileContext = props.fileContext ?? NO_FILES;
  return (
    <Tabs value={current} onChange={setActive} keepMounted={false}>
      <Tabs.List aria-label={t('picker.recipients')}>
        {props.recipients.map((r) => {
          const extra = props.value[r.organizationId] ?? EMPTY_REDACTION;
          const count =
            extra.fieldKeys.length +
            extra.spans.length +
            changedFileCount(fileContext.proposed, fileContext.files, extra.fileChoices);
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
            title={props.title}
            fields={props.fields}
            body={props.body}
            proposed={props.proposed}
            fileContext={props.fileContext}
            serverLeaks={props.serverLeaks}
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
  title: string;
  fields: readonly FieldLike[];
  body: string;
  proposed: Redaction;
  fileContext?: PickerFiles;
  serverLeaks?: readonly ServerLeak[];
  value: Redaction;
  onChange: (value: Redaction) => void;
  onCopyToAll?: (value: Redaction) => void;
  disabled?: boolean;
}) {
  const { t } = useT('queue');
  const format = useFormat();
  const org = props.recipient.organizationName;
  const valueText = (field: FieldLike) =>
    (field.type === 'NUMBER' ? field.number !== null && format.number(field.number) : field.text) ||
    t('picker.noValue');
  const proposedKeys = new Set(props.proposed.fieldKeys);
  const empty =
    props.value.fieldKeys.length === 0 &&
    props.value.spans.length === 0 &&
    Object.keys(props.value.fileChoices ?? {}).length === 0;
  return (
    <Stack gap="md">
      <HiddenValueWarnings
        title={props.title}
        body={props.body}
        fields={props.fields}
        redaction={mergeRedactions(props.proposed, props.value)}
        onHideInText={(spans) =>
          props.onChange(withSpans(props.value, [...props.value.spans, ...spans]))
        }
        onHideField={(key) => props.onChange(withField(props.value, key, true))}
        disabled={props.disabled}
      />
      <FileLeakWarnings
        organizationName={org}
        leaks={fileLeaksOf(
          props.serverLeaks ?? [],
          props.recipient.organizationId,
          props.value,
          props.fileContext ?? NO_FILES,
        )}
      />
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
      {props.fileContext && props.fileContext.files.length > 0 && (
        <FileDecisions
          organizationName={org}
          files={props.fileContext.files}
          proposed={props.fileContext.proposed}
          value={props.value.fileChoices}
          onChange={(choices) => props.onChange(withFileChoices(props.value, choices))}
          disabled={props.disabled}
        />
      )}
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

function SpanEditor(props: {
  recipient: PickerRecipient;
  body: string;
  proposed: Redaction;
  value: Redaction;
  onChange: (value: Redaction) => void;
  disabled?: boolean;
}) {
  const { t } = useT('queue');
  return (
    <Fieldset
      legend={t('picker.spansLegend', { org: props.recipient.organizationName })}
      disabled={props.disabled}
    >
      <TextSpanPicker
        body={props.body}
        locked={props.proposed.spans}
        value={props.value.spans}
        onChange={(spans) => props.onChange(withSpans(props.value, spans))}
        disabled={props.disabled}
      />
    </Fieldset>
  );
}
