import { useEnumLabel } from '@alianza/ui';
import type { ActivityDimension } from '@alianza/graphql-client/types';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { DIMENSIONS, parseLabels, removedLabels, type ActivityOption } from './activity-helpers';

/** The three option lists of an area, each with its edit button. */
export function OptionLists(props: {
  options: readonly ActivityOption[];
  canChange: boolean;
  onEdit: (dimension: ActivityDimension) => void;
}) {
  const { t } = useT('activity');
  const enumLabel = useEnumLabel();
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4">
        {t('lists.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('lists.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        {DIMENSIONS.map((dimension) => {
          const name = enumLabel('ActivityDimension', dimension);
          const options = props.options.filter((o) => o.dimension === dimension);
          return (
            <Stack key={dimension} gap="xs" aria-label={name} role="group">
              <Group justify="space-between" wrap="nowrap">
                <Text fw={600} size="sm">
                  {name}
                </Text>
                {props.canChange && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    aria-label={t('lists.editLabel', { dimension: name })}
                    onClick={() => props.onEdit(dimension)}
                  >
                    {t('lists.edit')}
                  </Button>
                )}
              </Group>
              {options.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('lists.empty')}
                </Text>
              ) : (
                <Group gap={6}>
                  {options.map((o) => (
                    <Badge key={o.id} variant="light" color="gray" tt="none">
                      {o.label}
                    </Badge>
                  ))}
                </Group>
              )}
            </Stack>
          );
        })}
      </SimpleGrid>
    </Card>
  );
}

/**
 * Edits one list as text, one option per line. Says which current options the change removes
 * (their declarations go with them) and refuses repeated, too long or too many options.
 */
export function OptionListForm(props: {
  current: readonly string[];
  saving: boolean;
  onSave: (labels: string[]) => void;
  onCancel: () => void;
}) {
  const { t } = useT('activity');
  const tc = useT('common').t;
  const [text, setText] = useState(props.current.join('\n'));
  const [submitted, setSubmitted] = useState(false);
  const parsed = useMemo(() => parseLabels(text), [text]);
  const { current } = props;
  const removed = useMemo(() => removedLabels(current, parsed.labels), [current, parsed.labels]);
  const problem = parsed.repeated.length
    ? t('editor.repeated', { labels: parsed.repeated.join(', ') })
    : parsed.tooLong
      ? t('editor.tooLong')
      : parsed.tooMany
        ? t('editor.tooMany')
        : null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSubmitted(true);
        if (!problem) props.onSave(parsed.labels);
      }}
    >
      <Stack>
        <Textarea
          label={t('editor.labels')}
          description={t('editor.description')}
          autosize
          minRows={6}
          maxRows={16}
          data-autofocus
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={submitted ? problem : undefined}
        />
        {removed.length > 0 && (
          <Alert color="orange" variant="light">
            <Text size="sm">{t('editor.removing', { labels: removed.join(', ') })}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={props.saving}>
            {t('editor.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
