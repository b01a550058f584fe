// @vitest-environment node
// The devtools promise to vanish from production bundles: bundle the entry the way an app's
// bundler does (NODE_ENV replaced, minified, peers external) and look at what is left.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const ENTRY = resolve(import.meta.dirname, '../../src/devtools/index.ts');

// The whole entry, or an app that imports the component but not the simulation helpers.
const WHOLE_ENTRY = `export * from ${JSON.stringify(ENTRY)};`;
const COMPONENT_ONLY = `import { PaymentRequiredDevtools } from ${JSON.stringify(ENTRY)}; export const Devtools = PaymentRequiredDevtools;`;

async function bundleWith(contents: string, nodeEnv: 'production' | 'development'): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    external: ['react', 'react-dom', 'react/jsx-runtime', '@tanstack/react-query', 'zod', 'zod/mini'],
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

const bundle = (nodeEnv: 'production' | 'development') => bundleWith(WHOLE_ENTRY, nodeEnv);
const bundleComponentOnly = (nodeEnv: 'production' | 'development') => bundleWith(COMPONENT_ONLY, nodeEnv);

describe('devtools in an app bundle', () => {
  test('development keeps the panel, its canned 402s and the parser', async () => {
    const code = await bundleComponentOnly('development');
    expect(code).toContain('Simulate a 402');
    expect(code).toContain('x402Version');
  });

  test('production drops the panel, the canned 402s and the parser', async () => {
    const [development, production] = await Promise.all([bundleComponentOnly('development'), bundleComponentOnly('production')]);
    expect(production).not.toContain('Simulate a 402');
    expect(production).not.toContain('x402Version');
    expect(production).not.toContain('zod');
    expect(production.length).toBeLessThan(development.length / 20);
  });

  test('the whole entry, everything imported, still leaves the panel out of production', async () => {
    const production = await bundle('production');
    expect(production).not.toContain('Simulate a 402');
  });
});
