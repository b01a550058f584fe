import { darkColorTokens, lightColorTokens, type ColorTokenValues } from '../../src/theme/tokens';

function luminance(hex: string): number {
  const digits = hex.replace('#', '');
  const full = digits.length <= 4 ? [...digits].map((digit) => digit + digit).join('') : digits;
  const [r, g, b] = [0, 2, 4].map((offset) => {
    const channel = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

const pairs: [foreground: keyof ColorTokenValues, background: keyof ColorTokenValues, minimum: number][] = [
  ['colorText', 'colorSurface', 4.5],
  ['colorText', 'colorSurfaceMuted', 4.5],
  ['colorTextMuted', 'colorSurface', 4.5],
  ['colorTextMuted', 'colorSurfaceMuted', 4.5],
  ['colorPrimaryText', 'colorPrimary', 4.5],
  ['colorDanger', 'colorSurface', 4.5],
  ['colorDanger', 'colorDangerSurface', 4.5],
  // Non-text: focus ring and the selected plan's border against the surface (WCAG 1.4.11).
  ['colorFocus', 'colorSurface', 3],
  ['colorPrimary', 'colorSurface', 3],
];

describe.each([
  ['light', lightColorTokens],
  ['dark', darkColorTokens],
])('%s scheme meets WCAG AA', (_scheme, tokens) => {
  test.each(pairs)('%s on %s ≥ %s:1', (foreground, background, minimum) => {
    expect(contrast(tokens[foreground], tokens[background])).toBeGreaterThanOrEqual(minimum);
  });
});

test('the contrast helper is right', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
