import type { Meta, StoryObj } from '@storybook/react-vite';
import { useCallback, useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { type ThemeTokenName, type ThemeTokens } from '../src/index';
import { defaultThemeTokens, themeTokenVariable } from '../src/components';

const tokenNames = Object.keys(defaultThemeTokens.light) as ThemeTokenName[];
const isColor = (name: ThemeTokenName) => name.startsWith('color');

/** Reads every token's declaration from the stylesheet, as it applies to a theme root of one scheme (a ref callback). */
function useDeclaredTokens() {
  const [values, setValues] = useState<Partial<Record<ThemeTokenName, string>>>({});
  const probe = useCallback((element: HTMLElement | null) => {
    if (!element) return;
    const style = getComputedStyle(element);
    setValues(Object.fromEntries(tokenNames.map((name) => [name, style.getPropertyValue(themeTokenVariable(name)).trim()])));
  }, []);
  return [probe, values] as const;
}

/** A colour swatch painted by the stylesheet's own value for the scheme. */
function Swatch({ name, scheme }: { name: ThemeTokenName; scheme: 'light' | 'dark' }) {
  return (
    <span
      data-rpr-root=""
      data-theme={scheme}
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: 20,
        blockSize: 20,
        borderRadius: 4,
        border: '1px solid #8886',
        background: `var(${themeTokenVariable(name)})`,
        verticalAlign: 'middle',
      }}
    />
  );
}

/**
 * Every theme token: its name in the `theme` prop, its CSS custom property, and its default in
 * the light and dark schemes, next to what `styles.css` declares for it (the play function
 * checks the two agree, so the stylesheet and the TypeScript token map stay in step).
 */
function TokenTable(_props: { theme?: ThemeTokens }) {
  const [probeLight, declaredLight] = useDeclaredTokens();
  const [probeDark, declaredDark] = useDeclaredTokens();
  return (
    <div style={{ padding: 24, maxInlineSize: 1100 }}>
      <div ref={probeLight} data-rpr-root="" data-theme="light" hidden />
      <div ref={probeDark} data-rpr-root="" data-theme="dark" hidden />
      <table style={{ borderCollapse: 'collapse', inlineSize: '100%', font: '14px/1.4 system-ui, sans-serif' }}>
        <caption style={{ textAlign: 'start', paddingBlockEnd: 12, fontSize: 16, fontWeight: 600 }}>
          Theme tokens ({tokenNames.length}) — set them with the provider’s <code>theme</code> prop or in CSS
        </caption>
        <thead>
          <tr>
            {['Token (theme prop)', 'CSS custom property', 'Light', 'Dark', 'Declared in styles.css'].map((heading) => (
              <th key={heading} scope="col" style={{ textAlign: 'start', padding: '6px 8px', borderBlockEnd: '2px solid #8886' }}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokenNames.map((name) => {
            const resolved = isColor(name) ? `${declaredLight[name] ?? ''} / ${declaredDark[name] ?? ''}` : declaredLight[name];
            return (
              <tr key={name} data-token={name}>
                <th scope="row" style={{ textAlign: 'start', padding: '6px 8px', borderBlockEnd: '1px solid #8884', fontWeight: 500 }}>
                  <code>{name}</code>
                </th>
                <td style={{ padding: '6px 8px', borderBlockEnd: '1px solid #8884' }}>
                  <code>{themeTokenVariable(name)}</code>
                </td>
                {(['light', 'dark'] as const).map((column) => (
                  <td key={column} style={{ padding: '6px 8px', borderBlockEnd: '1px solid #8884' }}>
                    {isColor(name) ? <Swatch name={name} scheme={column} /> : null} <code>{defaultThemeTokens[column][name]}</code>
                  </td>
                ))}
                <td style={{ padding: '6px 8px', borderBlockEnd: '1px solid #8884' }}>
                  <code data-resolved>{resolved}</code>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const meta = {
  title: 'Theming/Tokens',
  component: TokenTable,
  tags: ['autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof TokenTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every token with its value. */
export const AllTokens: Story = {
  play: async ({ canvasElement }) => {
    const rows = canvasElement.querySelectorAll('tr[data-token]');
    await expect(rows.length).toBe(tokenNames.length);
    // What the stylesheet declares matches the token map: colours as "light / dark" (the dark value
    // under data-theme=dark), compared without spaces or leading zeros.
    await waitFor(() => {
      for (const name of tokenNames) {
        const resolved = canvasElement.querySelector(`tr[data-token="${name}"] [data-resolved]`)?.textContent ?? '';
        const { light, dark } = defaultThemeTokens;
        const expected = isColor(name) ? `${light[name]} / ${dark[name]}` : light[name];
        const canonical = (value: string) => value.replace(/\s+/g, '').replace(/\b0\./g, '.').toLowerCase();
        expect(canonical(resolved), name).toBe(canonical(expected));
      }
    });
  },
};

/** The same table under the dark scheme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
};
