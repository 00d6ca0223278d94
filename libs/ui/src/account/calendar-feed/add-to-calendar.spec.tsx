import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { AddToCalendar } from './add-to-calendar';
import { calendarFeedMessages } from './messages';

const messages = { 'calendar-feed': calendarFeedMessages };

describe('add to calendar', () => {
  it('downloads the task’s event from the API, named for the task', () => {
    renderWithProviders(<AddToCalendar kind="task" id="t-1" title="Llamar al molino" />, {
      messages,
      language: 'es',
    });
    const link = screen.getByRole('link', { name: 'Añadir «Llamar al molino» a tu calendario' });
    expect(link).toHaveAttribute('href', '/calendar/tasks/t-1.ics');
    expect(link).toHaveAttribute('download');
    expect(link).toHaveTextContent('Añadir al calendario');
  });

  it('is an icon with the same name when compact, in English too', () => {
    renderWithProviders(<AddToCalendar kind="milestone" id="m-1" title="Harvest" compact />, {
      messages,
      language: 'en',
    });
    const link = screen.getByRole('link', { name: 'Add “Harvest” to your calendar' });
    expect(link).toHaveAttribute('href', '/calendar/milestones/m-1.ics');
    expect(link).toHaveTextContent('');
  });
});
