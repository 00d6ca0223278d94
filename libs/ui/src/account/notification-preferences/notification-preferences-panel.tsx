import type {
  NotificationDelivery,
  NotificationKind,
  NotificationPreferenceFieldsFragment,
} from '@alianza/graphql-client';
import { Divider, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useT } from '../../lib/i18n';

export const DELIVERIES: readonly NotificationDelivery[] = ['IMMEDIATE', 'DAILY', 'IN_APP'];

/**
 * Per kind of notification, how it reaches the user: three choices, the default named. A change
 * is shown at once and saved by `onChange`; while it saves that kind's choices wait, and if it
 * fails the previous choice comes back.
 */
export function NotificationPreferencesPanel(props: {
  preferences: readonly NotificationPreferenceFieldsFragment[];
  /** The kinds to show, in this order (the app's); each must be among `preferences`. */
  kinds: readonly NotificationKind[];
  /** Saves one choice; resolves whether it was saved. */
  onChange: (kind: NotificationKind, delivery: NotificationDelivery) => Promise<boolean>;
}) {
  const { t } = useT('notification-preferences');
  const { t: common } = useT('common');
  const [saving, setSaving] = useState<ReadonlyMap<NotificationKind, NotificationDelivery>>(
    new Map(),
  );
  const byKind = new Map(props.preferences.map((p) => [p.kind, p]));
  const shown = props.kinds.flatMap((kind) => byKind.get(kind) ?? []);

  const change = async (kind: NotificationKind, delivery: NotificationDelivery) => {
    setSaving((current) => new Map(current).set(kind, delivery));
    try {
      await props.onChange(kind, delivery);
    } finally {
      setSaving((current) => {
        const next = new Map(current);
        next.delete(kind);
        return next;
      });
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('digestNote')}
      </Text>
      <Paper withBorder p="md" component="section" aria-label={t('caption')}>
        <Stack gap="md">
          {shown.map((preference, index) => {
            const pending = saving.get(preference.kind);
            const kindLabel = common(`notifications.kinds.${preference.kind}`);
            return (
              <Fragment key={preference.kind}>
                {index > 0 && <Divider />}
                <Radio.Group
                  label={kindLabel}
                  description={t('defaultHint', {
                    delivery: t(`delivery.${preference.defaultDelivery}`),
                  })}
                  value={pending ?? preference.delivery}
                  onChange={(value) => void change(preference.kind, value as NotificationDelivery)}
                >
                  <Group mt="xs" gap="lg">
                    {DELIVERIES.map((delivery) => (
                      <Radio
                        key={delivery}
                        value={delivery}
                        label={t(`delivery.${delivery}`)}
                        disabled={pending !== undefined}
                      />
                    ))}
                  </Group>
                </Radio.Group>
              </Fragment>
            );
          })}
        </Stack>
      </Paper>
    </Stack>
  );
}
