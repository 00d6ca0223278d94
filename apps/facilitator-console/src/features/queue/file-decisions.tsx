import { formatPageRanges } from '@alianza/shared';
import type { ItemFileSummary } from '@alianza/ui';
import {
  Button,
  Checkbox,
  Chip,
  Fieldset,
  Group,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useT } from '../../i18n';
import {
  offeredPages,
  readOfferedPages,
  proposedChoice,
  type FileChoice,
  type FileChoices,
  type FileShare,
} from './file-shares';
import { useFileShareText } from './recipient-file-preview';

type Mode = 'proposed' | 'pages' | 'withheld';

const modeOf = (choice: FileChoice): Mode =>
  choice.withheld ? 'withheld' : choice.pages === null ? 'proposed' : 'pages';

/**
 * For one recipient, each file of the version: as the owner proposed, fewer pages (of a PDF,
 * among those proposed), without download, or withheld. Files the owner did not propose are
 * shown, not offered: the facilitator may narrow, never widen.
 */
export function FileDecisions(props: {
  organizationName: string;
  files: readonly ItemFileSummary[];
  proposed: readonly FileShare[];
  value: FileChoices | undefined;
  onChange: (value: FileChoices) => void;
  disabled?: boolean;
}) {
  const { t } = useT('queue');
  const org = props.organizationName;
  const offers = new Map(props.proposed.map((s) => [s.fileId, s]));
  const set = (fileId: string, choice: FileChoice) =>
    props.onChange({ ...props.value, [fileId]: choice });
  return (
    <Fieldset legend={t('picker.files.legend', { org })} disabled={props.disabled}>
      {props.files.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('picker.files.none')}
        </Text>
      ) : (
        <Stack gap="sm">
          {props.files.map((file) => {
            const offer = offers.get(file.id);
            return offer ? (
              <FileDecision
                key={file.id}
                organizationName={org}
                file={file}
                offer={offer}
                value={props.value?.[file.id] ?? proposedChoice(offer)}
                onChange={(choice) => set(file.id, choice)}
                disabled={props.disabled}
              />
            ) : (
              <div key={file.id}>
                <Text size="sm" c="dimmed">
                  {file.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('picker.files.notProposed', { org })}
                </Text>
              </div>
            );
          })}
        </Stack>
      )}
    </Fieldset>
  );
}

function FileDecision(props: {
  organizationName: string;
  file: ItemFileSummary;
  offer: FileShare;
  value: FileChoice;
  onChange: (value: FileChoice) => void;
  disabled?: boolean;
}) {
  const { t } = useT('queue');
  const shareText = useFileShareText();
  const { file, offer, value } = props;
  const org = props.organizationName;
  const offered = offeredPages(offer, file);
  const mode = modeOf(value);
  const setMode = (next: string) => {
    if (next === 'withheld') props.onChange({ ...value, withheld: true });
    else if (next === 'pages' && offered)
      props.onChange({ ...value, withheld: false, pages: formatPageRanges(offered) });
    else props.onChange({ ...value, withheld: false, pages: null });
  };
  return (
    <Paper withBorder p="xs">
      <Stack gap="xs">
        <Radio.Group
          label={t('picker.files.choice', { org, name: file.name })}
          description={t('picker.files.proposed', { share: shareText(file, offer) })}
          value={mode}
          onChange={setMode}
        >
          <Group gap="md" mt={4}>
            <Radio
              value="proposed"
              label={t('picker.files.asProposed')}
              disabled={props.disabled}
            />
            {offered && offered.length > 1 && (
              <Radio value="pages" label={t('picker.files.fewerPages')} disabled={props.disabled} />
            )}
            <Radio value="withheld" label={t('picker.files.withhold')} disabled={props.disabled} />
          </Group>
        </Radio.Group>
        {mode === 'pages' && offered && (
          <PagePicker
            organizationName={org}
            name={file.name}
            offered={offered}
            value={value.pages ?? ''}
            onChange={(pages) => props.onChange({ ...value, pages })}
            disabled={props.disabled}
          />
        )}
        {mode !== 'withheld' && (
          <Checkbox
            label={t('picker.files.download', { name: file.name })}
            description={
              offer.download
                ? t('picker.files.downloadHint', { org })
                : t('picker.files.viewOnlyProposed')
            }
            checked={offer.download && value.download}
            disabled={!offer.download || props.disabled}
            onChange={(e) => props.onChange({ ...value, download: e.currentTarget.checked })}
          />
        )}
      </Stack>
    </Paper>
  );
}

/**
 * Pages among those offered, typed as ranges ("1-5, 8") or picked one by one: both edit the
 * same text, so a hundred pages are as quick to narrow as three.
 */
function PagePicker(props: {
  organizationName: string;
  name: string;
  offered: readonly number[];
  value: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}) {
  const { t } = useT('queue');
  const parsed = readOfferedPages(props.value, props.offered);
  const chosen = new Set(parsed.pages);
  const offeredText = formatPageRanges(props.offered);
  const error = parsed.error
    ? t(`picker.files.errors.${parsed.error}`, { pages: offeredText })
    : undefined;
  const toggle = (page: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(page);
    else next.delete(page);
    props.onChange(formatPageRanges([...next]));
  };
  return (
    <Stack gap={6}>
      <TextInput
        label={t('picker.files.pagesLabel', { name: props.name, org: props.organizationName })}
        description={t('picker.files.pagesHint', { pages: offeredText })}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
        error={error}
        disabled={props.disabled}
        inputMode="numeric"
        autoComplete="off"
      />
      <Group
        gap={4}
        role="group"
        aria-label={t('picker.files.pageList', { name: props.name })}
        mah={180}
        style={{ overflowY: 'auto' }}
      >
        {props.offered.map((page) => (
          <Chip
            key={page}
            size="xs"
            checked={chosen.has(page)}
            onChange={(on) => toggle(page, on)}
            disabled={props.disabled}
          >
            {page}
          </Chip>
        ))}
      </Group>
      <Group gap="xs">
        <Button
          variant="subtle"
          size="compact-xs"
          disabled={props.disabled}
          onClick={() => props.onChange(offeredText)}
        >
          {t('picker.files.allProposed')}
        </Button>
      </Group>
    </Stack>
  );
}
