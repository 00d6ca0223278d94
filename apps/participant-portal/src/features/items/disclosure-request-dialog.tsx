import { INPUT_LIMITS } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import { useAction, useEnumOptions, useTextLimit } from '@alianza/ui';
import {
  Alert,
  Button,
  Divider,
  Group,
  Modal,
  MultiSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconCircleCheck, IconHourglass } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useT } from '../../i18n';
import {
  type PortalDisclosureRequestFragment,
  type PortalItemFragment,
  PortalItemRequestsDocument,
  PortalItemsDocument,
  usePortalRequestDisclosureMutation,
} from './items.generated';
import { FileSharePicker } from './file-share-picker';
import { hidesAnything } from './redaction';
import { RedactionProposal } from './redaction-proposal';
import {
  draftFrom,
  missingPages,
  missingRecipients,
  toDisclosureRequestInput,
  type Audience,
  type RequestDraft,
} from './request-draft';
import type { AreaInfo, Organization } from './use-items';

const AUDIENCES = ['ALL_ACTIVE', 'NAMED'] as const;

/** Ask the facilitator to show the current version to an audience, with redactions and expiry. */
export function DisclosureRequestDialog(props: {
  item: PortalItemFragment;
  area: AreaInfo | undefined;
  recipients: Organization[];
  organizationNames: Map<string, string>;
  initial?: PortalDisclosureRequestFragment;
  onClose: () => void;
}) {
  const { t } = useT('items');
  const limit = useTextLimit();
  const run = useAction();
  const enumOptions = useEnumOptions();
  const format = useFormat();
  const { item } = props;
  const [draft, setDraft] = useState<RequestDraft>(() => draftFrom(props.initial, item.latest));
  const [triedSubmit, setTriedSubmit] = useState(false);
  const [result, setResult] = useState<PortalDisclosureRequestFragment | null>(null);
  const [request, { loading }] = usePortalRequestDisclosureMutation({
    refetchQueries: [PortalItemRequestsDocument, PortalItemsDocument],
  });
  const update = (patch: Partial<RequestDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const incomplete = missingRecipients(draft);
  const pagesMissing = missingPages(draft, item.latest);

  const submit = async () => {
    setTriedSubmit(true);
    if (incomplete || pagesMissing) return;
    const response = await run(
      () =>
        request({
          variables: {
            itemId: item.id,
            input: toDisclosureRequestInput(draft, item.latest),
          },
        }),
      t('share.sent'),
    );
    const created = response?.data?.requestDisclosure;
    if (created) setResult(created);
  };

  const recipientNames = (ids: string[]) =>
    new Intl.ListFormat(format.locale, { type: 'conjunction' }).format(
      ids.map((id) => props.organizationNames.get(id) ?? t('unknownOrganization')),
    );

  return (
    <Modal
      opened
      onClose={props.onClose}
      size={1100}
      title={t('share.title', { title: item.latest.title })}
    >
      {result ? (
        <Stack>
          {result.status === 'APPROVED' ? (
            <Alert
              color="teal"
              icon={<IconCircleCheck aria-hidden />}
              title={t('share.approvedTitle')}
            >
              {t('share.approvedText', {
                recipients: recipientNames(result.recipientOrganizationIds),
              })}
            </Alert>
          ) : (
            <Alert
              color="yellow"
              icon={<IconHourglass aria-hidden />}
              title={t('share.pendingTitle')}
            >
              {t('share.pendingText')}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button onClick={props.onClose}>{t('common:actions.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          noValidate
        >
          <Stack>
            <Text size="sm">{t('share.version', { version: item.currentVersion })}</Text>
            <Alert color={props.area?.sensitivity === 'OPEN' ? 'teal' : 'blue'} variant="light">
              {props.area?.sensitivity === 'OPEN' ? t('share.open') : t('share.moderated')}
            </Alert>

            <Radio.Group
              label={t('share.audience')}
              value={draft.audienceKind}
              onChange={(value) => update({ audienceKind: value as Audience })}
            >
              <Group mt={6}>
                {enumOptions('AudienceKind', AUDIENCES).map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} />
                ))}
              </Group>
            </Radio.Group>
            {draft.audienceKind === 'NAMED' && (
              <MultiSelect
                label={t('share.recipients')}
                placeholder={t('share.recipientsPlaceholder')}
                nothingFoundMessage={t('share.noRecipients')}
                data={props.recipients.map((o) => ({ value: o.id, label: o.name }))}
                value={draft.recipientOrganizationIds}
                onChange={(ids) => update({ recipientOrganizationIds: ids })}
                error={triedSubmit && incomplete ? t('share.recipientsRequired') : undefined}
                required
                searchable
              />
            )}

            <Divider />
            <Title order={3} size="h5">
              {t('redaction.legend')}
            </Title>
            <RedactionProposal
              title={item.latest.title}
              fields={item.latest.fields}
              body={item.latest.body}
              value={draft.proposal}
              onChange={(proposal) => update({ proposal })}
              files={item.latest.files}
              fileChoices={draft.files}
            />
            {item.latest.files.length > 0 && (
              <>
                <Divider />
                <Title order={3} size="h5">
                  {t('fileShares.legend')}
                </Title>
                <FileSharePicker
                  files={item.latest.files}
                  value={draft.files}
                  onChange={(files) => update({ files })}
                  showErrors={triedSubmit}
                />
              </>
            )}
            <Divider />

            <Group align="flex-start" grow>
              <DateInput
                label={t('share.expiry')}
                description={t('share.expiryHint')}
                value={draft.expiresOn}
                onChange={(expiresOn) => update({ expiresOn })}
                minDate={dayjs().format('YYYY-MM-DD')}
                valueFormat="D MMMM YYYY"
                clearable
              />
              <Textarea
                label={t('share.note')}
                {...limit(draft.note, INPUT_LIMITS.longText, t('share.noteHint'))}
                value={draft.note}
                onChange={(event) => update({ note: event.currentTarget.value })}
                autosize
                minRows={2}
              />
            </Group>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {hidesAnything(draft.proposal)
                  ? t('share.hidesSomething')
                  : t('share.hidesNothing')}
              </Text>
              <Group>
                <Button variant="default" onClick={props.onClose}>
                  {t('common:actions.cancel')}
                </Button>
                <Button type="submit" loading={loading}>
                  {t('share.submit')}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
