import { useFormat } from '@alianza/i18n';
import { Badge, Divider, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { buildRecipientColumns, type FieldLike, type PreviewSource } from './preview-columns';
import { ItemFiles, RedactedMarkdown } from '@alianza/ui';
import { RecipientFilePreview } from './recipient-file-preview';
import type { ExtraRedactions } from './redaction';

/** The original next to what each recipient will see once approved. */
export function Comparison(props: { source: PreviewSource; extras: ExtraRedactions }) {
  const { t } = useT('queue');
  const columns = buildRecipientColumns(props.source, props.extras);
  const proposedKeys = new Set(props.source.proposedRedaction.fieldKeys);
  return (
    <SimpleGrid cols={{ base: 1, md: 2, lg: Math.min(3, columns.length + 1) }} spacing="sm">
      <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)">
        <Stack gap="xs">
          <div>
            <Title order={3} fz="h5">
              {t('comparison.original')}
            </Title>
            <Text size="xs" c="dimmed">
              {t('comparison.originalHint')}
            </Text>
          </div>
          <FieldList fields={props.source.itemVersion.fields} markedKeys={proposedKeys} />
          <Divider />
          <RedactedMarkdown body={props.source.itemVersion.body} headingLevel={4} size="sm" />
          {(props.source.itemVersion.files?.length ?? 0) > 0 && (
            <>
              <Divider />
              <ItemFiles files={props.source.itemVersion.files ?? []} />
            </>
          )}
        </Stack>
      </Paper>
      {columns.map((column) => (
        <Paper
          key={column.organizationId}
          withBorder
          p="sm"
          style={column.withExtras ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
          aria-label={t('comparison.columnLabel', { org: column.organizationName })}
          component="section"
        >
          <Stack gap="xs">
            <div>
              <Title order={3} fz="h5">
                {t('comparison.recipient', { org: column.organizationName })}
              </Title>
              <Group gap={4} mt={4}>
                {column.redactedFieldCount + column.redactedSpanCount === 0 && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('comparison.nothingHidden')}
                  </Badge>
                )}
                {column.redactedFieldCount > 0 && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('comparison.hiddenFields', { count: column.redactedFieldCount })}
                  </Badge>
                )}
                {column.redactedSpanCount > 0 && (
                  <Badge size="xs" variant="light" color="gray">
                    {t('comparison.hiddenSpans', { count: column.redactedSpanCount })}
                  </Badge>
                )}
                {column.extraFileCount > 0 && (
                  <Badge size="xs" variant="light" color="red">
                    {t('comparison.changedFiles', { count: column.extraFileCount })}
                  </Badge>
                )}
                {column.withExtras && (
                  <Badge size="xs" variant="light" color="red">
                    {t('comparison.withExtras')}
                  </Badge>
                )}
              </Group>
            </div>
            <FieldList fields={column.fields} />
            {column.hiddenFields.length > 0 && (
              <Text size="xs" c="dimmed">
                {t('comparison.notSeen', {
                  fields: column.hiddenFields.map((f) => f.label).join(', '),
                })}
              </Text>
            )}
            <Divider />
            <RedactedMarkdown body={column.body} headingLevel={4} size="sm" />
            {column.files.length > 0 && (
              <>
                <Divider />
                <Title order={4} fz="xs" c="dimmed">
                  {t('comparison.files')}
                </Title>
                <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
                  {column.files.map((f) => (
                    <li key={f.file.id}>
                      <RecipientFilePreview
                        file={f.file}
                        share={f.share}
                        changed={f.changed}
                        organizationName={column.organizationName}
                      />
                    </li>
                  ))}
                </Stack>
              </>
            )}
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** Structured fields as a definition list; `markedKeys` are flagged as hidden by the proposal. */
export function FieldList(props: { fields: readonly FieldLike[]; markedKeys?: Set<string> }) {
  const { t } = useT('queue');
  const format = useFormat();
  if (props.fields.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('comparison.noFields')}
      </Text>
    );
  }
  return (
    <Stack component="dl" gap={6} m={0}>
      {props.fields.map((field) => (
        <div key={field.key}>
          <Group component="dt" gap={6}>
            <Text size="xs" fw={600} c="dimmed">
              {field.label}
            </Text>
            {props.markedKeys?.has(field.key) && (
              <Badge size="xs" variant="outline" color="gray">
                {t('comparison.hiddenByProposal')}
              </Badge>
            )}
          </Group>
          <Text component="dd" size="sm" m={0}>
            {field.type === 'NUMBER' ? format.number(field.number) : field.text || '—'}
          </Text>
        </div>
      ))}
    </Stack>
  );
}
