import {
  createTheme,
  type CSSVariablesResolver,
  defaultVariantColorsResolver,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Colours whose darkest shade (9) is still below 4.5:1 on its own tint (green, lime, yellow,
 * orange): their text on tinted backgrounds is near-black instead.
 */
const LIGHT_DARKEST_SHADE = new Set(['green', 'lime', 'yellow', 'orange']);

/**
 * Text on tinted backgrounds ("light", "subtle", "outline" variants) uses shade 9 so that
 * badges, alerts and menu items reach WCAG AA contrast (Mantine's default shade 6 does not).
 */
const accessibleVariantColors: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  const variant = input.variant ?? 'filled';
  if (!['light', 'subtle', 'outline'].includes(variant)) {
    return defaults;
  }
  const parsed = parseThemeColor({
    color: input.color ?? input.theme.primaryColor,
    theme: input.theme,
  });
  if (!parsed.isThemeColor || parsed.color === 'gray' || parsed.color === 'dark') {
    return defaults;
  }
  const strong = `var(--mantine-color-${parsed.color}-9)`;
  const text = LIGHT_DARKEST_SHADE.has(parsed.color) ? 'var(--mantine-color-dark-8)' : strong;
  return {
    ...defaults,
    color: text,
    hoverColor: text,
    border: variant === 'outline' ? `1px solid ${strong}` : defaults.border,
  };
};

export const theme = createTheme({
  primaryColor: 'blue',
  // blue.8 on white is 5:1; Mantine's default shade 6 is only 3.6:1.
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  defaultRadius: 'md',
  focusRing: 'auto',
  cursorType: 'pointer',
  respectReducedMotion: true,
  variantColorResolver: accessibleVariantColors,
  headings: { fontWeight: '700' },
  components: {
    // Mantine renders dialog headers as <header>, which counts as a second banner landmark.
    ModalHeader: { defaultProps: { component: 'div' } },
    DrawerHeader: { defaultProps: { component: 'div' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
  },
  dark: {},
});
