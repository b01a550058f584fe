// @vitest-environment node
// (esbuild checks `TextEncoder` output against Node's Uint8Array, which jsdom replaces.)
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Each adapter and the packages it adapts; a runtime import of any of them would make an app
// that installs the adapter without the library fail, and would bloat every bundle.
const ADAPTERS: Record<string, string[]> = {
  ky: ['ky'],
  axios: ['axios'],
  ofetch: ['ofetch'],
  openapiFetch: ['openapi-fetch'],
  graphqlRequest: ['graphql-request', 'graphql'],
  apollo: ['@apollo/client', 'graphql', 'rxjs'],
  trpc: ['@trpc/client', '@trpc/server'],
};

describe.each(Object.entries(ADAPTERS))('src/adapters/%s.ts', (name, libraries) => {
  it(`bundles without importing ${libraries.join(', ')}, or anything else, at runtime`, async () => {
    const result = await build({
      entryPoints: [`src/adapters/${name}.ts`],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      metafile: true,
      // Marked external, so an import of them would stay in the output as an import.
      external: [...libraries, ...libraries.map((l) => `${l}/*`)],
      logLevel: 'silent',
    });
    const imports = Object.values(result.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports).toEqual([]);
    const code = result.outputFiles[0]!.text;
    for (const library of libraries) expect(code).not.toContain(`"${library}`);
    // The parser stays out of the adapters: it is loaded by the React layer.
    expect(code).not.toContain('parsePaymentRequired');
  });
});
