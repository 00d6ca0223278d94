import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { FileLocation, ServerLeak } from './redaction';

/** «coste.pdf», página 3 · «tarifas.xlsx», hoja Precios · «precios.csv». */
export function useFileLocationText(): (place: FileLocation) => string {
  const { t } = useT('queue');
  return (place) =>
    place.page != null
      ? t('fileLeaks.page', { name: place.fileName, page: place.page })
      : place.sheet != null
        ? t('fileLeaks.sheet', { name: place.fileName, sheet: place.sheet })
        : t('fileLeaks.file', { name: place.fileName });
}

/**
 * For one recipient, the parts of the files it would get that still show a hidden value: the
 * server found them in the files' text (the screen never has it), so they sit beside the
 * assistant's warnings about the text, which the screen finds by itself.
 */
export function FileLeakWarnings(props: {
  organizationName: string;
  leaks: readonly ServerLeak[];
}) {
  const { t } = useT('queue');
  const placeText = useFileLocationText();
  if (props.leaks.length === 0) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle size={18} aria-hidden />}
      title={t('fileLeaks.title')}
      role="status"
    >
      <Text size="sm" mb={4}>
        {t('fileLeaks.hint', { org: props.organizationName })}
      </Text>
      <List spacing={2} size="sm">
        {props.leaks.flatMap((leak) =>
          leak.inFiles.map((place) => (
            <List.Item key={`${leak.fieldKey}-${place.fileId}-${place.page}-${place.sheet}`}>
              {t('fileLeaks.place', { field: leak.fieldLabel, place: placeText(place) })}
            </List.Item>
          )),
        )}
      </List>
    </Alert>
  );
}
