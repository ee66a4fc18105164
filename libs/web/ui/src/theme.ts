import { createTheme, type CSSVariablesResolver } from '@mantine/core';
import './tremplin.css';

/**
 * Tremplin's theme on Mantine. Colours are chosen for WCAG AA contrast (RGAA 3.2/3.3): the primary shade and the
 * "dimmed" text are darker than Mantine's defaults, whose blue-6 on white and gray-6 on white fall under 4.5:1.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Button: { defaultProps: { variant: 'filled' } },
    TextInput: { defaultProps: { size: 'sm' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[8],
  },
  dark: {},
});
