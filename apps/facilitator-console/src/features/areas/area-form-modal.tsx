import { INPUT_LIMITS } from '@alianza/shared';
import type { AreaSensitivity } from '@alianza/graphql-client/types';
import { useAction, useEnumLabel, useTextLimit } from '@alianza/ui';
import {
  Alert,
  Button,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useT } from '../../i18n';
import type { ConsoleAreaFragment } from './areas.generated';
import {
  ConsoleAreasDocument,
  useConsoleCreateAreaMutation,
  useConsoleUpdateAreaMutation,
} from './areas.generated';
import { ConsoleCollaborationNeedsDocument } from '../collaborations/collaborations.generated';

const SENSITIVITIES: readonly AreaSensitivity[] = ['OPEN', 'MODERATED', 'RESTRICTED'];
const STRICTNESS: Record<AreaSensitivity, number> = { OPEN: 0, MODERATED: 1, RESTRICTED: 2 };

const REFETCH = [ConsoleAreasDocument, ConsoleCollaborationNeedsDocument];

interface AreaValues {
  name: string;
  description: string;
  sensitivity: AreaSensitivity;
}

/** Create an area (area null) or edit one: name, description, sensitivity. */
export function AreaFormModal(props: {
  collaborationId: string;
  opened: boolean;
  area: ConsoleAreaFragment | null;
  onClose: () => void;
}) {
  const { t } = useT('areas');
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      size="lg"
      title={
        props.area
          ? t('areaForm.editHeading', { name: props.area.name })
          : t('areaForm.createHeading')
      }
    >
      <AreaForm {...props} />
    </Modal>
  );
}

function AreaForm(props: {
  collaborationId: string;
  area: ConsoleAreaFragment | null;
  onClose: () => void;
}) {
  const { t } = useT('areas');
  const limit = useTextLimit();
  const tc = useT('common').t;
  const enumLabel = useEnumLabel();
  const run = useAction();
  const [create, creating] = useConsoleCreateAreaMutation({ refetchQueries: REFETCH });
  const [update, updating] = useConsoleUpdateAreaMutation({ refetchQueries: REFETCH });
  const form = useForm<AreaValues>({
    initialValues: {
      name: props.area?.name ?? '',
      description: props.area?.description ?? '',
      sensitivity: props.area?.sensitivity ?? 'MODERATED',
    },
    validate: { name: (value) => (value.trim() ? null : t('areaForm.nameRequired')) },
  });
  const stricter =
    props.area !== null && STRICTNESS[form.values.sensitivity] > STRICTNESS[props.area.sensitivity];
  const submit = form.onSubmit(async (values) => {
    const input = {
      name: values.name.trim(),
      description: values.description.trim(),
      sensitivity: values.sensitivity,
    };
    const area = props.area;
    const result = area
      ? await run(() => update({ variables: { areaId: area.id, input } }), t('areaForm.saved'))
      : await run(
          () => create({ variables: { collaborationId: props.collaborationId, input } }),
          t('areaForm.created'),
        );
    if (result) props.onClose();
  });
  const loading = creating.loading || updating.loading;
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label={t('areaForm.name')}
          required
          data-autofocus
          {...form.getInputProps('name')}
          {...limit(form.values.name, INPUT_LIMITS.name)}
        />
        <Textarea
          label={t('areaForm.description')}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
          {...limit(form.values.description, INPUT_LIMITS.longText)}
        />
        <Radio.Group
          label={t('areaForm.sensitivity')}
          required
          {...form.getInputProps('sensitivity')}
        >
          <Stack gap="xs" mt={6}>
            {SENSITIVITIES.map((value) => (
              <Radio
                key={value}
                value={value}
                label={enumLabel('AreaSensitivity', value)}
                description={t(`areas.explain.${value}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
        {stricter && (
          <Alert color="orange" variant="light">
            <Text size="sm">{t('areaForm.stricter')}</Text>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose} disabled={loading}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {props.area ? tc('actions.save') : t('areaForm.submitCreate')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
