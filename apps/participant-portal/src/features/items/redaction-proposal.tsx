import {
  ActionIcon,
  Box,
  Button,
  Checkbox,
  DataList,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconEyeOff, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RedactedMarkdown } from '@alianza/ui';
import type { PortalItemVersionFragment } from './items.generated';
import {
  addSpan,
  redactBody,
  removeSpan,
  spanExcerpt,
  spanFromSelection,
  toRedactionInput,
  type RedactionProposal as Proposal,
  type Span,
} from './redaction';
import { FieldValue } from '../shared/field-value';

type Field = PortalItemVersionFragment['fields'][number];

/** Enough rows to read most bodies without scrolling, within reason. */
function bodyRows(body: string): number {
  return Math.min(12, Math.max(4, Math.ceil(body.length / 70) + body.split('\n').length));
}

/**
 * What the owner proposes to hide: whole fields (checkboxes) and passages of the body (select
 * them in the text, then "hide the selection"), with a preview of what recipients would get.
 * `onChange` receives the API's `RedactionInput`.
 */
export function RedactionProposal(props: {
  fields: Field[];
  body: string;
  value: Proposal;
  onChange: (value: Proposal) => void;
}) {
  const { t } = useTranslation('items');
  const { fields, body, value, onChange } = props;
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [selection, setSelection] = useState<Span | null>(null);
  const spansLabelId = useId();

  const readSelection = useCallback(() => {
    const element = bodyRef.current;
    setSelection(
      element ? spanFromSelection(body, element.selectionStart, element.selectionEnd) : null,
    );
  }, [body]);
  // Any way of selecting (mouse, keyboard, touch, assistive technology) ends in a selectionchange.
  useEffect(() => {
    const onChange = () => {
      if (document.activeElement === bodyRef.current) readSelection();
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [readSelection]);
  const hideSelection = () => {
    if (!selection) return;
    onChange(toRedactionInput({ ...value, spans: addSpan(value.spans, selection) }));
    setSelection(null);
    // Back to the text, the selection collapsed: ready to mark the next passage.
    bodyRef.current?.focus();
    bodyRef.current?.setSelectionRange(selection.end, selection.end);
  };
  const hidden = new Set(value.fieldKeys);
  const visibleFields = fields.filter((field) => !hidden.has(field.key));

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="md">
        {fields.length > 0 ? (
          <Checkbox.Group
            label={t('redaction.fields')}
            value={value.fieldKeys}
            onChange={(fieldKeys) => onChange(toRedactionInput({ ...value, fieldKeys }))}
          >
            <Stack gap={6} mt={6}>
              {fields.map((field) => (
                <Checkbox
                  key={field.key}
                  value={field.key}
                  label={field.label}
                  description={<FieldValue field={field} />}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('redaction.noFields')}
          </Text>
        )}

        {body.trim() ? (
          <Stack gap="xs">
            <Textarea
              ref={bodyRef}
              label={t('redaction.body')}
              description={t('redaction.bodyHint')}
              value={body}
              readOnly
              rows={bodyRows(body)}
              resize="vertical"
              onSelect={readSelection}
              onKeyUp={readSelection}
              onMouseUp={readSelection}
              styles={{
                input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 },
              }}
            />
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size="xs" c="dimmed" lineClamp={1} aria-live="polite">
                {selection
                  ? t('redaction.selected', { text: spanExcerpt(body, selection, 50) })
                  : t('redaction.nothingSelected')}
              </Text>
              <Button
                size="xs"
                color="dark"
                leftSection={<IconEyeOff size={14} aria-hidden />}
                disabled={!selection}
                onClick={hideSelection}
              >
                {t('redaction.hideSelection')}
              </Button>
            </Group>
            <div>
              <Text size="sm" fw={500} id={spansLabelId}>
                {t('redaction.spans')}
              </Text>
              {value.spans.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('redaction.noSpans')}
                </Text>
              ) : (
                <Stack gap={4} mt={4} component="ul" p={0} m={0} aria-labelledby={spansLabelId}>
                  {value.spans.map((span, index) => {
                    const text = spanExcerpt(body, span);
                    return (
                      <Group
                        key={`${span.start}-${span.end}`}
                        component="li"
                        justify="space-between"
                        wrap="nowrap"
                        gap="xs"
                        style={{ listStyle: 'none' }}
                      >
                        <Text size="sm" lineClamp={1}>
                          {t('redaction.quoted', { text })}
                        </Text>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={t('redaction.removeSpan', { text })}
                          onClick={() =>
                            onChange(
                              toRedactionInput({ ...value, spans: removeSpan(value.spans, index) }),
                            )
                          }
                        >
                          <IconX size={14} aria-hidden />
                        </ActionIcon>
                      </Group>
                    );
                  })}
                </Stack>
              )}
            </div>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('redaction.noBody')}
          </Text>
        )}
      </Stack>

      <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
        <Title order={4} size="h5">
          {t('redaction.preview')}
        </Title>
        <Text size="xs" c="dimmed" mb="xs">
          {t('redaction.previewHint')}
        </Text>
        <ScrollArea.Autosize mah={420}>
          <Stack gap="xs">
            {visibleFields.length > 0 && (
              <DataList size="sm" withDivider labelWidth={140}>
                {visibleFields.map((field) => (
                  <DataList.Item key={field.key}>
                    <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
                    <DataList.ItemValue>
                      <FieldValue field={field} />
                    </DataList.ItemValue>
                  </DataList.Item>
                ))}
              </DataList>
            )}
            {value.fieldKeys.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('redaction.hiddenFields', { count: value.fieldKeys.length })}
              </Text>
            )}
            <Box>
              <RedactedMarkdown body={redactBody(body, value.spans)} headingLevel={5} />
            </Box>
          </Stack>
        </ScrollArea.Autosize>
      </Paper>
    </SimpleGrid>
  );
}
