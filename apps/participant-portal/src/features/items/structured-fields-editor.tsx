import { INPUT_LIMITS } from '@alianza/shared';
import { useEnumOptions, useTextLimit } from '@alianza/ui';
import {
  ActionIcon,
  Button,
  Group,
  Input,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { useT } from '../../i18n';
import { emptyFieldRow, type ItemFormValues } from './item-form';

const FIELD_TYPES = ['TEXT', 'NUMBER'] as const;

/** Rows of label, type and value; each can be hidden on its own when sharing. */
export function StructuredFieldsEditor({ form }: { form: UseFormReturnType<ItemFormValues> }) {
  const { t, i18n } = useT('items');
  const enumOptions = useEnumOptions();
  const limit = useTextLimit();
  const decimalSeparator = i18n.language === 'en' ? '.' : ',';
  const rows = form.values.fields;
  const labelId = useId();
  return (
    <Stack gap="xs" role="group" aria-labelledby={labelId}>
      <div>
        <Input.Label id={labelId} component="div">
          {t('editor.fields')}
        </Input.Label>
        <Input.Description>{t('editor.fieldsHint')}</Input.Description>
      </div>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('editor.noFields')}
        </Text>
      )}
      {rows.map((row, index) => (
        <Paper key={row.uid} withBorder p="xs" bg="var(--mantine-color-gray-0)">
          <Group align="flex-start" wrap="nowrap" gap="xs">
            <TextInput
              label={t('editor.fieldLabel')}
              required
              style={{ flex: 2 }}
              {...form.getInputProps(`fields.${index}.label`)}
              {...limit(
                row.label,
                INPUT_LIMITS.name,
                row.key ? t('editor.fieldKey', { key: row.key }) : undefined,
              )}
            />
            <Select
              label={t('editor.fieldType')}
              data={enumOptions('ItemFieldType', FIELD_TYPES)}
              allowDeselect={false}
              w={120}
              {...form.getInputProps(`fields.${index}.type`)}
            />
            {row.type === 'NUMBER' ? (
              <NumberInput
                label={t('editor.fieldValue')}
                required
                decimalSeparator={decimalSeparator}
                style={{ flex: 2 }}
                {...form.getInputProps(`fields.${index}.number`)}
              />
            ) : (
              <TextInput
                label={t('editor.fieldValue')}
                style={{ flex: 2 }}
                {...form.getInputProps(`fields.${index}.text`)}
                {...limit(row.text, INPUT_LIMITS.longText)}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="red"
              mt={44}
              aria-label={t('editor.removeField', { name: row.label.trim() || index + 1 })}
              onClick={() => form.removeListItem('fields', index)}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => form.insertListItem('fields', emptyFieldRow())}
        >
          {t('editor.addField')}
        </Button>
      </Group>
    </Stack>
  );
}
