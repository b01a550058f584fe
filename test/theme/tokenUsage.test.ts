import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tokensForParts } from '../../stories/support/tokenUsage';

describe('the Design page’s token tables', () => {
  const css = `
    @layer rpr.base {
      :where([data-rpr-root]) { --rpr-color-text: #000; color: var(--rpr-color-text); }
      :where(.rpr-meter-fill) { background: var(--rpr-color-primary); }
      @media (max-width: 480px) { :where(.rpr-meter[data-state='exceeded'] .rpr-meter-fill) { background: var(--rpr-color-danger); } }
      :where(.rpr-card) { border: 1px solid var(--rpr-color-border); }
    }`;

  test('list what the prompt’s parts and the shared root use, with the theme key', () => {
    expect(tokensForParts(['meter-fill'], css)).toEqual([
      { property: '--rpr-color-danger', themeKey: 'colorDanger' },
      { property: '--rpr-color-primary', themeKey: 'colorPrimary' },
      { property: '--rpr-color-text', themeKey: 'colorText' },
    ]);
  });

  test('leave out parts the prompt does not render', () => {
    expect(tokensForParts(['meter'], css).map((token) => token.property)).not.toContain('--rpr-color-border');
  });

  test('read the shipped stylesheet: the plan list uses the primary colour for the required plan', () => {
    const shipped = readFileSync(join(import.meta.dirname, '../../src/theme/styles.css'), 'utf8');
    const plan = tokensForParts(['plan'], shipped).map((token) => token.themeKey);
    expect(plan).toContain('colorPrimary');
    expect(tokensForParts(['card'], shipped).map((token) => token.themeKey)).toContain('colorDanger');
    expect(tokensForParts(['details'], shipped).map((token) => token.themeKey)).not.toContain('colorDanger');
  });
});

describe('scopes', () => {
  const css = `
    :where(.rpr-dialog) { background: var(--rpr-color-surface); }
    :where(.rpr-meter-fill) { background: var(--rpr-color-primary); }
    :where(.rpr-action[data-primary]) { background: var(--rpr-color-primary); }
    :where(.rpr-meter) { background: var(--rpr-color-surface-muted); }`;

  test('shared: what every prompt uses; own: only what the parts add beyond it', () => {
    expect(tokensForParts([], css, 'shared').map((token) => token.property)).toEqual(['--rpr-color-primary', '--rpr-color-surface']);
    expect(tokensForParts(['meter', 'meter-fill'], css, 'own').map((token) => token.property)).toEqual(['--rpr-color-surface-muted']);
  });
});
