import { useFormat } from '@alianza/i18n';
import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { RedactedMarkdown } from '@alianza/ui';
import type { ConsoleGroundRulesVersionFragment } from './rules.generated';

/** One version of the ground rules: both texts and what changed. */
export function VersionView(props: {
  version: ConsoleGroundRulesVersionFragment;
  /** Heading level of the version's sections. */
  order: 2 | 3 | 4;
}) {
  const { t } = useT('rules');
  const format = useFormat();
  const { version } = props;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('version.meta', {
          date: format.dateTime(version.publishedAt),
          name: version.publishedByName,
        })}
      </Text>
      <div>
        <Title order={props.order} size="h5">
          {t('version.changeSummary')}
        </Title>
        <Text size="sm" c={version.changeSummary ? undefined : 'dimmed'}>
          {version.changeSummary || t('version.noChangeSummary')}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <div>
          <Title order={props.order} size="h5" mb={4}>
            {t('version.body')}
          </Title>
          <RedactedMarkdown
            body={version.body}
            headingLevel={(props.order + 1) as 3 | 4 | 5}
            size="sm"
          />
        </div>
        <div>
          <Title order={props.order} size="h5" mb={4}>
            {t('version.thirdParty')}
          </Title>
          <RedactedMarkdown
            body={version.thirdPartyRules}
            headingLevel={(props.order + 1) as 3 | 4 | 5}
            size="sm"
          />
        </div>
      </SimpleGrid>
    </Stack>
  );
}
