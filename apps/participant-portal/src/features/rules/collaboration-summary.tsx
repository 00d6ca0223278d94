import { useFormat } from '@alianza/i18n';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { PortalRulesQuery } from './rules.generated';

type Collaboration = PortalRulesQuery['collaboration'];

/** The collaboration's objective, description and who facilitates it. */
export function CollaborationSummary(props: { collaboration: Collaboration }) {
  const { t } = useT('rules');
  const { locale } = useFormat();
  const c = props.collaboration;
  const facilitators = new Intl.ListFormat(locale, { type: 'conjunction' }).format(
    c.facilitators.map((f) => f.displayName),
  );
  return (
    <Card withBorder padding="lg" component="section" aria-label={t('about.title')}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h5">
            {t('about.objective')}
          </Title>
          <Text size="sm" c={c.objective ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
            {c.objective || t('about.noObjective')}
          </Text>
        </div>
        {c.description && (
          <div>
            <Title order={2} size="h5">
              {t('about.description')}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {c.description}
            </Text>
          </div>
        )}
        {facilitators && (
          <div>
            <Title order={2} size="h5">
              {t('about.facilitatedBy')}
            </Title>
            <Text size="sm">{facilitators}</Text>
          </div>
        )}
      </Stack>
    </Card>
  );
}
