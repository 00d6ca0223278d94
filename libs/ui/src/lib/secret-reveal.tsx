import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';

/** What a secret shown once is called and told with, in the screen's language. */
export interface SecretRevealTexts {
  readonly title: string;
  readonly warning: string;
  /** The field's label. */
  readonly label: string;
  readonly copy: string;
  readonly copied: string;
  /** The button that closes it ("I have saved it"). */
  readonly dismiss: string;
}

/**
 * A secret (a token, a private address), this once: selected, with a copy button and a warning,
 * gone from the screen once dismissed.
 */
export function SecretReveal(props: {
  texts: SecretRevealTexts;
  secret: string;
  onDone: () => void;
}) {
  const { texts } = props;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={texts.title}
      role="alert"
    >
      <Stack gap="sm">
        <Text size="sm">{texts.warning}</Text>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            ref={input}
            label={texts.label}
            value={props.secret}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            style={{ flex: 1 }}
          />
          <CopyButton value={props.secret} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'light' : 'filled'}
                color={copied ? 'teal' : undefined}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
                onClick={copy}
              >
                {copied ? texts.copied : texts.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group>
          <Button variant="default" onClick={props.onDone}>
            {texts.dismiss}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
