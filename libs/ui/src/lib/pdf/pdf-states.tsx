import { useMessages } from '@alianza/i18n';
import { Alert, Button, Center, Group, Loader, Text } from '@mantine/core';
import { pdfMessages, usePdfT } from './messages';
import type { PdfProblem } from './pdf-document';

const NS = { pdf: pdfMessages };

/** Adds the `pdf` texts to the app's i18n (once) and answers their `t`. */
export function usePdfTexts() {
  useMessages(NS);
  return usePdfT('pdf');
}

/** While the viewer's code or the document arrives. */
export function PdfLoading() {
  const { t } = usePdfTexts();
  return (
    <Center py="xl" aria-busy="true">
      <Loader size="sm" aria-hidden />
      <Text ml="sm" c="dimmed" size="sm" role="status">
        {t('loading')}
      </Text>
    </Center>
  );
}

/** Why a document is not shown, with a retry where trying again may help. */
export function PdfError(props: { problem: PdfProblem; onRetry: () => void }) {
  const { t } = usePdfTexts();
  const retryable = props.problem === 'network';
  return (
    <Alert color="red" variant="light" role="alert">
      <Text size="sm">{t(`errors.${props.problem}`)}</Text>
      {retryable && (
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={props.onRetry}>
            {t('common:actions.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}
