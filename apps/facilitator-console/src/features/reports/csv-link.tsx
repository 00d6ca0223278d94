import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';

/**
 * A CSV download of a report. Same origin as the app, so the session cookie authorizes it
 * exactly as it does the GraphQL query (the API serves /reports/*.csv).
 */
export function CsvLink(props: { href: string; label: string }) {
  return (
    <Button
      component="a"
      href={props.href}
      download
      variant="light"
      leftSection={<IconDownload size={16} aria-hidden />}
    >
      {props.label}
    </Button>
  );
}
