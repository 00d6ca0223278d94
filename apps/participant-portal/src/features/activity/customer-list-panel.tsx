import { useFormat } from '@alianza/i18n';
import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { IconFileUpload, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { readCustomerFile } from './activity-helpers';
import type { PortalCustomerListFragment } from './activity.generated';

/**
 * The organization's customer list of an area: what was kept of the last upload (counts only:
 * the identifiers are never shown back), a new upload that replaces it, and its removal.
 */
export function CustomerListPanel(props: {
  list: PortalCustomerListFragment | null;
  canChange: boolean;
  uploading: boolean;
  removing: boolean;
  /** Resolves true once uploaded. */
  onUpload: (file: { content: string; fileName: string }) => Promise<boolean>;
  onRemove: () => Promise<boolean>;
}) {
  const { t } = useT('activity');
  const tc = useT('common').t;
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { list } = props;

  const upload = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const read = await readCustomerFile(file);
    if (!read.ok) {
      setError(t(`customers.${read.reason}`));
      return;
    }
    if (await props.onUpload({ content: read.content, fileName: read.fileName })) setFile(null);
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('customers.intro')}</Text>
      <Alert color="blue" variant="light" icon={<IconLock size={18} aria-hidden />}>
        <Text size="sm">{t('customers.privacy')}</Text>
      </Alert>
      {list ? (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div aria-label={t('customers.current')} role="group">
            <Text size="sm" fw={600}>
              {t('customers.current')}:{' '}
              {list.fileName
                ? t('customers.fileName', { name: list.fileName })
                : t('customers.noName')}
              , {t('customers.uploadedAt', { date: format.dateTime(list.uploadedAt) })}
            </Text>
            <Text size="sm">
              {[
                t('customers.accepted', { count: list.accepted }),
                t('customers.duplicates', { count: list.duplicates }),
                t('customers.rejected', { count: list.rejected }),
              ].join(' · ')}
            </Text>
          </div>
          {props.canChange && (
            <Button
              variant="subtle"
              color="red"
              size="compact-sm"
              loading={props.removing}
              onClick={() => setConfirming(true)}
            >
              {t('customers.remove')}
            </Button>
          )}
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {t('customers.none')}
        </Text>
      )}
      {props.canChange && (
        <form noValidate onSubmit={(event) => void upload(event)}>
          <Group align="flex-end" gap="sm">
            <FileInput
              label={t('customers.file')}
              placeholder={t('customers.filePlaceholder')}
              accept=".csv,.txt,text/csv,text/plain"
              clearable
              value={file}
              onChange={(value) => {
                setFile(value);
                setError(null);
              }}
              error={error}
              leftSection={<IconFileUpload size={16} aria-hidden />}
              w={340}
            />
            <Button type="submit" disabled={!file} loading={props.uploading}>
              {list ? t('customers.replace') : t('customers.upload')}
            </Button>
          </Group>
        </form>
      )}
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('customers.remove')}
        closeButtonProps={{ 'aria-label': tc('actions.close') }}
      >
        <Stack>
          <Text size="sm">{t('customers.removeConfirm')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {tc('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={props.removing}
              onClick={() =>
                void props.onRemove().then((done) => {
                  if (done) setConfirming(false);
                })
              }
            >
              {t('customers.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
