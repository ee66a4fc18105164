import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import './tremplin.css';

/**
 * Tremplin's theme on Mantine. Colours are chosen for WCAG AA contrast (RGAA 3.2/3.3): the primary shade and the
 * "dimmed" text are darker than Mantine's defaults, whose blue-6 on white and gray-6 on white fall under 4.5:1.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  colors: {
    // Mantine's orange tops out under 4.5:1 on white (orange.9 is 4.3:1): warnings use this darker amber instead.
    warning: [
      '#fff4e6',
      '#ffe8cc',
      '#ffd8a8',
      '#ffc078',
      '#ffa94d',
      '#f08c00',
      '#c25e00',
      '#a84f00',
      '#934400',
      '#7a3900',
    ],
  },
  focusRing: 'auto',
  // Dialogs and menus appear without animation for people who ask their system for less motion.
  respectReducedMotion: true,
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { variant: 'filled' } },
    TextInput: { defaultProps: { size: 'sm' } },
    // Any table that scrolls sideways scrolls in a plain box that takes the focus (axe `scrollable-region-focusable`);
    // `TableScroll` adds a name to it.
    TableScrollContainer: { defaultProps: { type: 'native', tabIndex: 0 } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[8],
    // Yellow and orange « light » alerts and badges: Mantine's text colour on their pale background is under 4.5:1
    // (2.7:1 for yellow); the warning amber is.
    '--mantine-color-yellow-light-color': t.colors['warning'][9],
    '--mantine-color-orange-light-color': t.colors['warning'][8],
  },
  dark: {},
});

/** Text colours that keep 4.5:1 on white and on striped rows (Mantine's orange.9 and green.9 fall just under). */
export const TONES = {
  warning: 'var(--mantine-color-warning-9)',
  success: '#1f7a34',
  danger: 'var(--mantine-color-red-9)',
} as const;
