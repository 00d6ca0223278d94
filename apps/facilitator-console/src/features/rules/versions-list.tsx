import { useFormat } from '@alianza/i18n';
import { Accordion, Badge, Group, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleGroundRulesVersionFragment } from './rules.generated';
import { VersionView } from './version-view';

/** Every version, newest first; each opens to its texts. */
export function VersionsList(props: {
  versions: readonly ConsoleGroundRulesVersionFragment[];
  currentVersion: number;
  participantCount: number;
}) {
  const { t } = useT('rules');
  const format = useFormat();
  return (
    <Accordion variant="separated" multiple>
      {props.versions.map((version) => (
        <Accordion.Item key={version.id} value={version.id}>
          <Accordion.Control>
            <Group justify="space-between" wrap="nowrap" pr="sm">
              <Group gap="xs">
                <Text fw={600}>{t('version.label', { version: version.version })}</Text>
                {version.version === props.currentVersion && (
                  <Badge color="teal" variant="light" size="sm">
                    {t('version.inForce')}
                  </Badge>
                )}
                <Text size="sm" c="dimmed">
                  {format.date(version.publishedAt)}
                </Text>
              </Group>
              <Text size="sm" c="dimmed">
                {t('version.accepted', {
                  count: new Set(version.acceptances.map((a) => a.organizationId)).size,
                  total: props.participantCount,
                })}
              </Text>
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <VersionView version={version} order={2} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
