import { Box, Group, Input, Tabs, Text, Textarea } from '@mantine/core';
import { useId, type ComponentProps, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { RedactedMarkdown } from '@alianza/ui';

/** A markdown body with a "write" and a "preview" tab. */
export function MarkdownEditor(props: {
  label: string;
  /** Under the label; the text's limit goes here too. */
  description?: ReactNode;
  inputProps: Omit<ComponentProps<typeof Textarea>, 'label'> & { value?: string };
}) {
  const { t } = useT('items');
  const id = useId();
  const value = props.inputProps.value ?? '';
  return (
    <Tabs defaultValue="write" variant="pills" radius="sm">
      <Group justify="space-between" align="flex-end" mb={6}>
        <div>
          <Input.Label htmlFor={id}>{props.label}</Input.Label>
          {props.description && (
            <Input.Description id={`${id}-description`}>{props.description}</Input.Description>
          )}
        </div>
        <Tabs.List>
          <Tabs.Tab value="write" py={4}>
            {t('editor.write')}
          </Tabs.Tab>
          <Tabs.Tab value="preview" py={4}>
            {t('editor.preview')}
          </Tabs.Tab>
        </Tabs.List>
      </Group>
      <Tabs.Panel value="write">
        <Textarea
          id={id}
          aria-describedby={props.description ? `${id}-description` : undefined}
          autosize
          minRows={6}
          maxRows={18}
          {...props.inputProps}
        />
      </Tabs.Panel>
      <Tabs.Panel value="preview">
        {value.trim() ? (
          <Box p="sm" bd="1px solid var(--mantine-color-gray-3)" bdrs="sm" mih={140}>
            <RedactedMarkdown body={value} />
          </Box>
        ) : (
          <Text size="sm" c="dimmed" mih={140}>
            {t('editor.previewEmpty')}
          </Text>
        )}
      </Tabs.Panel>
    </Tabs>
  );
}
