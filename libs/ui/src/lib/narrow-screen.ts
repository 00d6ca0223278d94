import { em, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is narrower than the theme's `sm` breakpoint (a phone): the shell's
 * navigation is then a drawer and wide tables become lists (ADR 0042). Known at the first
 * render, so a screen does not draw its table before switching to the list. Where no width is
 * measured (jsdom), it answers as a desktop does.
 */
export function useNarrowScreen(): boolean {
  const theme = useMantineTheme();
  const sm = theme.breakpoints.sm;
  const below = sm.endsWith('em') ? em(parseFloat(sm) * 16 - 0.1) : `calc(${sm} - 0.1px)`;
  return useMediaQuery(`(max-width: ${below})`, false, { getInitialValueInEffect: false });
}
