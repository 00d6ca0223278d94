import { ItemFileLine, type ItemFileSummary } from '@alianza/ui';
import {
  ActionIcon,
  Alert,
  Box,
  Group,
  Input,
  Progress,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useRef, useState, type DragEvent } from 'react';
import { useT } from '../../i18n';
import { uploadFile, UploadError, type Uploader } from './file-upload';

interface InFlight {
  key: string;
  name: string;
  ratio: number;
}

/**
 * The documents of the version being written: those it keeps, and new ones dropped or chosen,
 * each uploaded at once (with its progress) and listed once the API has stored it. `value` is
 * the list, in order, that the version will carry (`fileIds`).
 */
export function FileField(props: {
  participationId: string;
  value: ItemFileSummary[];
  onChange: (files: ItemFileSummary[]) => void;
  /** For tests: the real one sends `POST /files`. */
  upload?: Uploader;
}) {
  const { t } = useT('items');
  const upload = props.upload ?? uploadFile;
  const input = useRef<HTMLInputElement>(null);
  const [inFlight, setInFlight] = useState<InFlight[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const latest = useRef(props.value);
  latest.current = props.value;

  const send = (files: File[]) => {
    setErrors([]);
    for (const file of files) {
      const key = `${file.name}-${Math.random().toString(36).slice(2)}`;
      setInFlight((list) => [...list, { key, name: file.name, ratio: 0 }]);
      const progress = (ratio: number) =>
        setInFlight((list) => list.map((f) => (f.key === key ? { ...f, ratio } : f)));
      upload(props.participationId, file, progress)
        .then((stored) => {
          // Uploads ending before the next render add to each other, not to its stale list.
          latest.current = [...latest.current, stored];
          props.onChange(latest.current);
        })
        .catch((error: unknown) => {
          const reason =
            error instanceof UploadError && error.code === 'PAYLOAD_TOO_LARGE'
              ? t('files.tooLarge')
              : error instanceof Error
                ? error.message
                : String(error);
          setErrors((list) => [...list, t('files.failed', { name: file.name, reason })]);
        })
        .finally(() => setInFlight((list) => list.filter((f) => f.key !== key)));
    }
  };

  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    send([...event.dataTransfer.files]);
  };

  return (
    <Input.Wrapper label={t('files.label')} description={t('files.hint')}>
      <Stack gap="xs" mt={4}>
        <Box
          data-testid="file-drop"
          onDragOver={(event) => {
            event.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
          p="md"
          style={{
            border: `1px dashed var(--mantine-color-${over ? 'blue-6' : 'gray-5'})`,
            borderRadius: 'var(--mantine-radius-sm)',
            textAlign: 'center',
          }}
        >
          <Text size="sm" span>
            {t('files.drop')}{' '}
          </Text>
          <UnstyledButton
            type="button"
            onClick={() => input.current?.click()}
            c="blue"
            fz="sm"
            td="underline"
          >
            {t('files.choose')}
          </UnstyledButton>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            aria-label={t('files.label')}
            onChange={(event) => {
              send([...(event.currentTarget.files ?? [])]);
              event.currentTarget.value = '';
            }}
          />
        </Box>
        {inFlight.map((f) => (
          <Stack key={f.key} gap={2}>
            <Text size="xs">
              {t('files.uploading', { name: f.name, percent: Math.round(f.ratio * 100) })}
            </Text>
            <Progress value={f.ratio * 100} size="sm" aria-label={f.name} />
          </Stack>
        ))}
        {errors.map((error) => (
          <Alert key={error} color="red" variant="light" p="xs">
            {error}
          </Alert>
        ))}
        {props.value.map((file) => (
          <Group key={file.id} justify="space-between" wrap="nowrap">
            <ItemFileLine file={file} download={false} />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('files.remove', { name: file.name })}
              onClick={() => props.onChange(props.value.filter((f) => f.id !== file.id))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
      </Stack>
    </Input.Wrapper>
  );
}
