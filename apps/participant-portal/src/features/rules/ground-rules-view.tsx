import type { GroundRulesVersionFieldsFragment } from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { Accordion, Alert, Card, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useId } from 'react';
import { useT } from '../../i18n';
import { MarkdownText } from './markdown-text';

/** The ground rules in force, every section of them, and the earlier versions folded away. */
export function GroundRulesView(props: {
  current: GroundRulesVersionFieldsFragment | null;
  versions: readonly GroundRulesVersionFieldsFragment[];
}) {
  const { t } = useT('rules');
  const format = useFormat();
  const headingId = useId();
  const current = props.current;
  if (!current) {
    return (
      <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('rules.none')}
      </Alert>
    );
  }
  const previous = props.versions.filter((v) => v.version !== current.version);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('rules.inForce', { version: current.version })}
      </Title>
      <Text size="xs" c="dimmed" mb="md">
        {t('rules.published', {
          name: current.publishedByName,
          date: format.dateTime(current.publishedAt),
        })}
      </Text>
      <RulesSections version={current} />
      {previous.length > 0 && (
        <>
          <Title order={3} size="h5" mt="lg" mb="xs">
            {t('previous.title')}
          </Title>
          <Accordion variant="contained">
            {previous.map((v) => (
              <Accordion.Item key={v.id} value={v.id}>
                <Accordion.Control>
                  {t('previous.version', { version: v.version, date: format.date(v.publishedAt) })}
                </Accordion.Control>
                <Accordion.Panel>
                  <RulesSections version={v} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Card>
  );
}

function RulesSections(props: { version: GroundRulesVersionFieldsFragment }) {
  const { t } = useT('rules');
  const v = props.version;
  const section = (title: string, text: string) => (
    <div>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {text.trim() ? (
        <MarkdownText>{text}</MarkdownText>
      ) : (
        <Text size="sm" c="dimmed">
          {t('rules.empty')}
        </Text>
      )}
    </div>
  );
  return (
    <Stack gap="md">
      {section(t('rules.between'), v.body)}
      {section(t('rules.thirdParties'), v.thirdPartyRules)}
      {v.changeSummary.trim() && section(t('rules.changes'), v.changeSummary)}
    </Stack>
  );
}
