import { useFormat } from '@alianza/i18n';
import { EmptyState, useEnumLabel } from '@alianza/ui';
import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { PlanData } from './plan-helpers';
import type { PortalPlanIndicatorFragment } from './plan.generated';

/** The objectives of the plan, each with its indicators: latest value against target. */
export function ObjectivesPanel(props: { objectives: PlanData['objectives'] }) {
  const { t } = useT('plan');
  return (
    <section aria-labelledby="plan-objectives">
      <Title order={2} size="h4" id="plan-objectives" mb="sm">
        {t('objectives.title')}
      </Title>
      {props.objectives.length === 0 ? (
        <EmptyState text={t('objectives.empty')} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {[...props.objectives]
            .sort((a, b) => a.position - b.position)
            .map((objective) => (
              <Card key={objective.id} withBorder padding="md">
                <Title order={3} size="h5">
                  {objective.title}
                </Title>
                {objective.description && (
                  <Text size="sm" c="dimmed" mb="xs">
                    {objective.description}
                  </Text>
                )}
                <Stack gap="sm" mt="xs">
                  {objective.indicators.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('objectives.noIndicators')}
                    </Text>
                  ) : (
                    objective.indicators.map((indicator) => (
                      <IndicatorRow key={indicator.id} indicator={indicator} />
                    ))
                  )}
                </Stack>
              </Card>
            ))}
        </SimpleGrid>
      )}
    </section>
  );
}

function IndicatorRow({ indicator }: { indicator: PortalPlanIndicatorFragment }) {
  const { t } = useT('plan');
  const format = useFormat();
  const enumLabel = useEnumLabel();
  const percent = Math.max(0, Math.min(100, indicator.progressPercent ?? 0));
  const value = (n: string | null) =>
    n === null ? t('objectives.noValue') : `${format.number(n)} ${indicator.unit}`;
  return (
    <div>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          {indicator.name}
        </Text>
        <Text size="xs" c="dimmed">
          {enumLabel('IndicatorDirection', indicator.direction)}
        </Text>
      </Group>
      <Text size="sm">
        {t('objectives.latestVsTarget', {
          current: value(indicator.currentDecimal),
          target: value(indicator.targetDecimal),
        })}
      </Text>
      <Progress
        value={percent}
        mt={4}
        aria-label={t('objectives.progressOf', { name: indicator.name })}
      />
      <Text size="xs" c="dimmed" mt={2}>
        {t('objectives.progressLine', {
          percent: format.percent(percent / 100),
          baseline: value(indicator.baselineDecimal),
        })}
      </Text>
    </div>
  );
}
