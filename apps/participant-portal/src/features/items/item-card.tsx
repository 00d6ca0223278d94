import { useFormat } from '@alianza/i18n';
import { EnumBadge, ItemFiles } from '@alianza/ui';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  DataList,
  Group,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconLock, IconPencilPlus, IconShare } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { RedactedMarkdown } from '@alianza/ui';
import { FileAccesses } from './file-accesses';
import { ItemGrants } from './item-grants';
import { ItemRequests } from './item-requests';
import type { PortalDisclosureRequestFragment, PortalItemFragment } from './items.generated';
import type { AreaInfo } from './use-items';
import { FieldValue } from '../shared/field-value';

/** One of our items: its latest version, the requests to share it and who holds access. */
export function ItemCard(props: {
  collaborationId: string;
  item: PortalItemFragment;
  area: AreaInfo | undefined;
  organizationNames: Map<string, string>;
  canAct: boolean;
  onNewVersion: () => void;
  onShare: (from?: PortalDisclosureRequestFragment) => void;
}) {
  const { t } = useT('items');
  const format = useFormat();
  const { item, area } = props;
  const latest = item.latest;
  const restricted = area?.sensitivity === 'RESTRICTED';
  const titleId = `item-${item.id}`;
  const activeGrants = item.grants.filter((g) => g.state === 'ACTIVE').length;

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h4" id={titleId}>
              {latest.title}
            </Title>
            <Group gap={6}>
              {area && (
                <>
                  <Badge variant="light" color="blue">
                    {area.name}
                  </Badge>
                  <EnumBadge enum="AreaSensitivity" value={area.sensitivity} />
                </>
              )}
              <Badge variant="default">{t('item.version', { version: item.currentVersion })}</Badge>
              <Text size="xs" c="dimmed">
                {t('item.updated', { date: format.date(item.updatedAt) })}
              </Text>
            </Group>
          </Stack>
          {props.canAct && (
            <Group gap="xs">
              <Button
                size="xs"
                leftSection={<IconShare size={14} aria-hidden />}
                disabled={restricted}
                onClick={() => props.onShare()}
              >
                {t('actions.share')}
              </Button>
              <Button
                size="xs"
                variant="default"
                leftSection={<IconPencilPlus size={14} aria-hidden />}
                onClick={props.onNewVersion}
              >
                {t('actions.newVersion')}
              </Button>
            </Group>
          )}
        </Group>
        {restricted && (
          <Alert color="red" variant="light" icon={<IconLock size={16} aria-hidden />} p="xs">
            {t('item.restricted')}
          </Alert>
        )}

        <Accordion variant="contained" chevronPosition="left" order={3}>
          <Accordion.Item value="content">
            <Accordion.Control>{t('item.content', { version: latest.version })}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {t('item.thirdParty')}
                  </Text>
                  <EnumBadge enum="ThirdPartyRule" value={latest.thirdPartyRule} size="xs" />
                </Group>
                {latest.fields.length > 0 ? (
                  <DataList size="sm" withDivider labelWidth={180}>
                    {latest.fields.map((field) => (
                      <DataList.Item key={field.key}>
                        <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
                        <DataList.ItemValue>
                          <FieldValue field={field} />
                        </DataList.ItemValue>
                      </DataList.Item>
                    ))}
                  </DataList>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('item.noFields')}
                  </Text>
                )}
                {latest.body.trim() ? (
                  <RedactedMarkdown body={latest.body} headingLevel={4} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('item.noBody')}
                  </Text>
                )}
                {latest.files.length > 0 && <ItemFiles files={latest.files} />}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>

        <section aria-labelledby={`${titleId}-requests`}>
          <Title order={3} size="h6" id={`${titleId}-requests`} mb={4}>
            {t('requests.title')}
          </Title>
          <ItemRequests
            collaborationId={props.collaborationId}
            itemId={item.id}
            organizationNames={props.organizationNames}
            canAct={props.canAct && !restricted}
            onRetry={(request) => props.onShare(request)}
          />
        </section>
        <section aria-labelledby={`${titleId}-grants`}>
          <Title order={3} size="h6" id={`${titleId}-grants`} mb={4}>
            {t('grants.title', { count: activeGrants })}
          </Title>
          <ItemGrants item={item} organizationNames={props.organizationNames} canRevoke />
        </section>
        {latest.files.length > 0 && (
          <section aria-labelledby={`${titleId}-accesses`}>
            <Title order={3} size="h6" id={`${titleId}-accesses`}>
              {t('accesses.title')}
            </Title>
            <Text size="xs" c="dimmed" mb={4}>
              {t('accesses.hint')}
            </Text>
            <FileAccesses
              itemId={item.id}
              files={latest.files}
              organizationNames={props.organizationNames}
            />
          </section>
        )}
      </Stack>
    </Paper>
  );
}
