import { allPages, formatPageRanges, parsePageRanges } from '@alianza/shared';
import { EnumBadge } from '@alianza/ui';
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  ScrollArea,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  choiceOf,
  pagePickable,
  type FileChoice,
  type FileChoices,
  type ShareMode,
  type VersionFile,
} from './file-shares';

/** "Páginas 1–5 (5 de 12) · solo ver": what a choice proposes, in words. */
export function useFileChoiceSummary(): (file: VersionFile, choice: FileChoice) => string {
  const { t } = useT('items');
  return (file, choice) => {
    if (choice.mode === 'withhold') return t('fileShares.summary.withhold');
    const what =
      choice.mode === 'pages' && choice.pages.length > 0 && choice.pages.length !== file.pages
        ? t('fileShares.summary.pages', {
            count: choice.pages.length,
            pages: formatPageRanges(choice.pages),
            total: file.pages ?? 0,
          })
        : t('fileShares.summary.whole');
    return `${what} · ${t(choice.download ? 'fileShares.summary.download' : 'fileShares.summary.view')}`;
  };
}

/**
 * For each file of the version: withhold (the default: sharing is explicit), share whole, or
 * share some pages of a PDF; and whether recipients may download it or only view it.
 */
export function FileSharePicker(props: {
  files: readonly VersionFile[];
  value: FileChoices;
  onChange: (value: FileChoices) => void;
  /** Show "choose at least one page" (after a submit). */
  showErrors: boolean;
}) {
  const { t } = useT('items');
  const summary = useFileChoiceSummary();
  const set = (fileId: string, patch: Partial<FileChoice>) =>
    props.onChange({ ...props.value, [fileId]: { ...choiceOf(props.value, fileId), ...patch } });

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('fileShares.hint')}
      </Text>
      {props.files.map((file) => {
        const choice = choiceOf(props.value, file.id);
        const modes: ShareMode[] = pagePickable(file)
          ? ['withhold', 'whole', 'pages']
          : ['withhold', 'whole'];
        return (
          <Paper key={file.id} withBorder p="sm">
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {file.name}
                  </Text>
                  <EnumBadge enum="ItemFileKind" value={file.kind} size="xs" />
                  {file.pages != null && (
                    <Text size="xs" c="dimmed">
                      {t('common:files.pages', { count: file.pages })}
                    </Text>
                  )}
                </Group>
                <Text
                  size="sm"
                  fw={500}
                  c={choice.mode === 'withhold' ? 'dimmed' : 'teal'}
                  data-testid={`file-summary-${file.id}`}
                >
                  {summary(file, choice)}
                </Text>
              </Group>
              <Group justify="space-between" align="flex-start">
                <Radio.Group
                  label={t('fileShares.choice', { name: file.name })}
                  value={choice.mode}
                  onChange={(mode) => set(file.id, { mode: mode as ShareMode })}
                >
                  <Group mt={4} gap="md">
                    {modes.map((mode) => (
                      <Radio key={mode} value={mode} label={t(`fileShares.${mode}`)} />
                    ))}
                  </Group>
                </Radio.Group>
                <Switch
                  label={t('fileShares.download')}
                  description={t('fileShares.downloadHint')}
                  checked={choice.download}
                  disabled={choice.mode === 'withhold'}
                  onChange={(event) => set(file.id, { download: event.currentTarget.checked })}
                />
              </Group>
              {choice.mode === 'pages' && (
                <PagePicker
                  name={file.name}
                  count={file.pages ?? 0}
                  value={choice.pages}
                  onChange={(pages) => set(file.id, { pages })}
                  showEmpty={props.showErrors}
                />
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

/**
 * Pages of one PDF: typed as ranges ("1-5, 8") or ticked one by one (a scrolling grid that stays
 * usable for a hundred pages); both show the same choice.
 */
function PagePicker(props: {
  name: string;
  count: number;
  value: number[];
  onChange: (pages: number[]) => void;
  showEmpty: boolean;
}) {
  const { t } = useT('items');
  const [text, setText] = useState(() => formatPageRanges(props.value, '-'));
  const parsed = parsePageRanges(text, allPages(props.count));
  const problems = [
    parsed.unreadable.length > 0 &&
      t('fileShares.unreadable', { parts: parsed.unreadable.join(', ') }),
    parsed.outside.length > 0 &&
      t('fileShares.outside', { count: props.count, parts: parsed.outside.join(', ') }),
    props.showEmpty && props.value.length === 0 && t('fileShares.noPages'),
  ].filter(Boolean);
  const pick = (pages: number[]) => {
    setText(formatPageRanges(pages, '-'));
    props.onChange(pages);
  };
  const all = allPages(props.count);

  return (
    <Stack gap="xs">
      <TextInput
        label={t('fileShares.pagesInput', { name: props.name })}
        description={t('fileShares.pagesHint', { count: props.count })}
        value={text}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          props.onChange(parsePageRanges(typed, allPages(props.count)).pages);
        }}
        onBlur={() => {
          if (parsed.unreadable.length === 0 && parsed.outside.length === 0)
            setText(formatPageRanges(props.value, '-'));
        }}
        error={problems.length > 0 ? problems.join(' ') : undefined}
        autoComplete="off"
      />
      <Group gap="xs">
        <Button size="compact-xs" variant="default" onClick={() => pick(all)}>
          {t('fileShares.all')}
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => pick([])}>
          {t('fileShares.none')}
        </Button>
      </Group>
      <ScrollArea.Autosize mah={180} type="auto">
        <Checkbox.Group
          aria-label={t('fileShares.pageBoxes', { name: props.name })}
          value={props.value.map(String)}
          onChange={(values) => pick(values.map(Number).sort((a, b) => a - b))}
        >
          <SimpleGrid cols={{ base: 5, sm: 10 }} spacing={4} verticalSpacing={4}>
            {all.map((page) => (
              <Checkbox
                key={page}
                value={String(page)}
                size="xs"
                label={page}
                aria-label={t('fileShares.pageBox', { page })}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
      </ScrollArea.Autosize>
    </Stack>
  );
}
