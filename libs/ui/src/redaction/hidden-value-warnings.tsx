import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEyeOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../lib/i18n';
import { findHiddenValueLeaks, type Span, type ValueField } from '@alianza/redaction';

export interface HiddenValueWarningsProps {
  readonly title: string;
  readonly body: string;
  readonly fields: readonly ValueField[];
  /** Everything hidden from this recipient (the proposal and any additions). */
  readonly redaction: { readonly fieldKeys: readonly string[]; readonly spans: readonly Span[] };
  /** Hides more of the text (the occurrences found). */
  readonly onHideInText: (spans: Span[]) => void;
  /** Hides another field that shows the value too. */
  readonly onHideField: (key: string) => void;
  readonly disabled?: boolean;
}

/**
 * The redaction assistant: a hidden field whose value the recipient could still read in the
 * text, in another field or in the title, with one click to hide it there too. The server runs
 * the same finder and will not approve such a request without a confirmation.
 */
export function HiddenValueWarnings(props: HiddenValueWarningsProps) {
  const { t } = useT('redaction');
  const { title, body, fields, redaction } = props;
  const leaks = useMemo(
    () => findHiddenValueLeaks({ title, body, fields, redaction }),
    [title, body, fields, redaction],
  );
  if (leaks.length === 0) return null;
  const label = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('leaks.title')}
      role="status"
    >
      <List spacing="xs" size="sm">
        {leaks.map((leak) => (
          <List.Item key={leak.fieldKey}>
            <Stack gap={4}>
              {leak.inBody.length > 0 && (
                <Group gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    {t('leaks.inBody', { field: leak.fieldLabel, count: leak.inBody.length })}
                  </Text>
                  <HideButton
                    label={t('leaks.hideInText', { field: leak.fieldLabel })}
                    disabled={props.disabled}
                    onClick={() => props.onHideInText(leak.inBody)}
                  />
                </Group>
              )}
              {leak.inFieldKeys.map((key) => (
                <Group key={key} gap="xs" wrap="nowrap" justify="space-between">
                  <Text size="sm">
                    {t('leaks.inField', { field: leak.fieldLabel, other: label(key) })}
                  </Text>
                  <HideButton
                    label={t('leaks.hideField', { other: label(key) })}
                    disabled={props.disabled}
                    onClick={() => props.onHideField(key)}
                  />
                </Group>
              ))}
              {leak.inTitle && (
                <Text size="sm">{t('leaks.inTitle', { field: leak.fieldLabel })}</Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

function HideButton(props: { label: string; disabled?: boolean; onClick: () => void }) {
  return (
    <Button
      size="compact-xs"
      color="dark"
      leftSection={<IconEyeOff size={12} aria-hidden />}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.label}
    </Button>
  );
}
