import {
  Box,
  Checkbox,
  DataList,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useT } from '../../i18n';
import { redactMarkdown } from '@alianza/redaction';
import { HiddenValueWarnings, RedactedMarkdown, TextSpanPicker } from '@alianza/ui';
import type { PortalItemVersionFragment } from './items.generated';
import { choiceOf, type FileChoices, type VersionFile } from './file-shares';
import { useFileChoiceSummary } from './file-share-picker';
import { toRedactionInput, type RedactionProposal as Proposal } from './redaction';
import { FieldValue } from '../shared/field-value';

type Field = PortalItemVersionFragment['fields'][number];

/**
 * What the owner proposes to hide: whole fields (checkboxes) and parts of the text (chosen on
 * the formatted text), with the assistant's warnings when a hidden value stays readable, and a
 * preview of what recipients would get, made by the same function
 * the server applies, and what they would get of each document (`files`, `fileChoices`: chosen
 * with `FileSharePicker`). `onChange` receives the API's `RedactionInput` (without files).
 */
export function RedactionProposal(props: {
  /** The version's title: never hidden, so the assistant says when it shows a hidden value. */
  title: string;
  fields: Field[];
  body: string;
  value: Proposal;
  onChange: (value: Proposal) => void;
  files?: readonly VersionFile[];
  fileChoices?: FileChoices;
}) {
  const { t } = useT('items');
  const summary = useFileChoiceSummary();
  const files = props.files ?? [];
  const { fields, body, value, onChange } = props;
  const hidden = new Set(value.fieldKeys);
  const visibleFields = fields.filter((field) => !hidden.has(field.key));

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="md">
        <HiddenValueWarnings
          title={props.title}
          body={body}
          fields={fields}
          redaction={value}
          onHideInText={(spans) =>
            onChange(toRedactionInput({ ...value, spans: [...value.spans, ...spans] }))
          }
          onHideField={(key) =>
            onChange(toRedactionInput({ ...value, fieldKeys: [...value.fieldKeys, key] }))
          }
        />
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

        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('redaction.body')}
          </Text>
          <TextSpanPicker
            body={body}
            value={value.spans}
            onChange={(spans) => onChange(toRedactionInput({ ...value, spans }))}
          />
        </Stack>
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
              <RedactedMarkdown body={redactMarkdown(body, value.spans)} headingLevel={5} />
            </Box>
            {files.length > 0 && (
              <Box component="section" aria-label={t('fileShares.previewTitle')}>
                <Text size="sm" fw={500}>
                  {t('fileShares.previewTitle')}
                </Text>
                <DataList size="sm" withDivider labelWidth={180}>
                  {files.map((file) => (
                    <DataList.Item key={file.id}>
                      <DataList.ItemLabel>{file.name}</DataList.ItemLabel>
                      <DataList.ItemValue>
                        {summary(file, choiceOf(props.fileChoices ?? {}, file.id))}
                      </DataList.ItemValue>
                    </DataList.Item>
                  ))}
                </DataList>
              </Box>
            )}
          </Stack>
        </ScrollArea.Autosize>
      </Paper>
    </SimpleGrid>
  );
}
