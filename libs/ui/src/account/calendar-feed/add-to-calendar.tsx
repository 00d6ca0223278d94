import { ActionIcon, Button, Tooltip } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useT } from '../../lib/i18n';

/** Where the API serves one milestone's or task's event (libs/calendar, docs/adr/0039). */
export const calendarEventPath = (kind: 'milestone' | 'task', id: string): string =>
  `/calendar/${kind === 'milestone' ? 'milestones' : 'tasks'}/${encodeURIComponent(id)}.ics`;

/**
 * "Add to calendar" for a milestone or a task: downloads its event (an .ics file that calendar
 * apps open), with the session that shows the screen. `compact`: an icon with a tooltip.
 */
export function AddToCalendar(props: {
  kind: 'milestone' | 'task';
  id: string;
  title: string;
  compact?: boolean;
}) {
  const { t } = useT('calendar-feed');
  const href = calendarEventPath(props.kind, props.id);
  const label = t('addToCalendar.label', { title: props.title });
  const icon = <IconCalendarPlus size={14} aria-hidden />;
  if (props.compact)
    return (
      <Tooltip label={label}>
        <ActionIcon
          component="a"
          href={href}
          download
          variant="subtle"
          size="sm"
          aria-label={label}
        >
          {icon}
        </ActionIcon>
      </Tooltip>
    );
  return (
    <Button
      component="a"
      href={href}
      download
      size="xs"
      variant="subtle"
      leftSection={icon}
      aria-label={label}
    >
      {t('addToCalendar.button')}
    </Button>
  );
}
