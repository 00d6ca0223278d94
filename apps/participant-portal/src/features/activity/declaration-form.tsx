import { useEnumLabel } from '@alianza/ui';
import { Button, Checkbox, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n';
import { DIMENSIONS, sameSelection } from './activity-helpers';

export interface AreaOption {
  id: string;
  dimension: (typeof DIMENSIONS)[number];
  label: string;
}

/**
 * The options of an area's lists, grouped by dimension, to mark those that apply to the
 * organization. Saving replaces the whole declaration of the area.
 */
export function DeclarationForm(props: {
  options: readonly AreaOption[];
  declared: readonly string[];
  canChange: boolean;
  saving: boolean;
  onSave: (optionIds: string[]) => void;
}) {
  const { t } = useT('activity');
  const enumLabel = useEnumLabel();
  const [selected, setSelected] = useState<string[]>(() =>
    props.declared.filter((id) => props.options.some((o) => o.id === id)),
  );
  if (props.options.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('declaration.noOptions')}
      </Text>
    );
  const dirty = !sameSelection(selected, props.declared);
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSave(selected);
      }}
    >
      <Stack>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          {DIMENSIONS.map((dimension) => {
            const options = props.options.filter((o) => o.dimension === dimension);
            if (options.length === 0) return null;
            const inDimension = new Set(options.map((o) => o.id));
            return (
              <Checkbox.Group
                key={dimension}
                label={enumLabel('ActivityDimension', dimension)}
                value={selected.filter((id) => inDimension.has(id))}
                onChange={(values) =>
                  setSelected([...selected.filter((id) => !inDimension.has(id)), ...values])
                }
              >
                <Stack gap={6} mt={6}>
                  {options.map((o) => (
                    <Checkbox key={o.id} value={o.id} label={o.label} disabled={!props.canChange} />
                  ))}
                </Stack>
              </Checkbox.Group>
            );
          })}
        </SimpleGrid>
        <Group justify="space-between">
          <Text size="sm" c={dirty ? 'orange' : 'dimmed'}>
            {dirty ? t('declaration.unsaved') : t('declaration.count', { count: selected.length })}
          </Text>
          {props.canChange && (
            <Button type="submit" disabled={!dirty} loading={props.saving}>
              {t('declaration.save')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
