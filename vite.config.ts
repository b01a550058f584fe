/// <reference types="vitest/config" />
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transform } from 'lightningcss';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';

// Peers stay external, subpaths included (react/jsx-runtime, zod/mini).
const external = [/^react(\/|$)/, /^react-dom(\/|$)/, /^@tanstack\/react-query(\/|$)/, /^zod(\/|$)/];

// 'use client' at the top of src/index.ts is kept by the bundler for the Next.js App Router.

/** Ships `src/theme/styles.css` minified as `dist/styles.css`; no JS imports it (no side effects). */
function stylesheet(): Plugin {
  return {
    name: 'rpr-stylesheet',
    apply: 'build',
    writeBundle(options) {
      if (options.format !== 'es') return;
      const { code } = transform({
        filename: 'styles.css',
        code: readFileSync('src/theme/styles.css'),
        minify: true,
      });
      mkdirSync('dist', { recursive: true });
      writeFileSync('dist/styles.css', code);
    },
  };
}

/**
 * Ships the 402 problem's JSON Schema and OpenAPI component as `dist/server/*.json`, written from
 * the built server entry: the files are what its exported constants hold, generated from its zod schemas.
 */
function serverSchemas(): Plugin {
  return {
    name: 'rpr-server-schemas',
    apply: 'build',
    async writeBundle(options) {
      if (options.format !== 'es') return;
      const server = await import(`${pathToFileURL(resolve('dist/esm/server.js')).href}?t=${Date.now()}`);
      mkdirSync('dist/server', { recursive: true });
      writeFileSync('dist/server/problem.schema.json', `${JSON.stringify(server.paymentRequiredProblemJsonSchema, null, 2)}\n`);
      writeFileSync('dist/server/openapi.json', `${JSON.stringify(server.paymentRequiredOpenApi, null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    // Storybook reads this file too; declarations only slow it down.
    !process.env.STORYBOOK &&
      !process.env.VITEST &&
      dts({
        tsconfigPath: './tsconfig.build.json',
        entryRoot: 'src',
        outDirs: [
          { dir: 'dist/esm', moduleFormat: 'esm' },
          { dir: 'dist/cjs', moduleFormat: 'cjs' },
        ],
      }),
    !process.env.STORYBOOK && !process.env.VITEST && stylesheet(),
    !process.env.STORYBOOK && !process.env.VITEST && serverSchemas(),
  ],
  build: {
    copyPublicDir: false,
    sourcemap: true,
    minify: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        core: 'src/core/index.ts',
        parse: 'src/core/parse/index.ts',
        components: 'src/components/index.ts',
        micropayment: 'src/core/micropayment/index.ts',
        'cross-tab': 'src/core/crossTab.ts',
        devtools: 'src/devtools/index.ts',
        // One entry per fetcher adapter, so an app ships only the one it uses.
        'adapters/ky': 'src/adapters/ky.ts',
        'adapters/axios': 'src/adapters/axios.ts',
        'adapters/ofetch': 'src/adapters/ofetch.ts',
        'adapters/openapi-fetch': 'src/adapters/openapiFetch.ts',
        'adapters/graphql-request': 'src/adapters/graphqlRequest.ts',
        'adapters/apollo': 'src/adapters/apollo.ts',
        'adapters/trpc': 'src/adapters/trpc.ts',
        // Emits 402s (no React, no DOM), for API servers on any runtime.
        server: 'src/server/index.ts',
        // onIncident reporters for Sentry, PostHog and OpenTelemetry; opt-in, imports no SDK.
        monitoring: 'src/monitoring/index.ts',
      },
    },
    rolldownOptions: {
      external,
      output: [
        { format: 'es', dir: 'dist/esm', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', preserveModules: true, preserveModulesRoot: 'src' },
        { format: 'cjs', dir: 'dist/cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs', exports: 'named', preserveModules: true, preserveModulesRoot: 'src' },
      ],
    },
  },
  test: {
    // Browser projects (Storybook stories, end-to-end) live in their own config files.
    projects: [
      'vitest.*.config.ts',
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          // The consumer apps and the browser bench have their own toolchains (and node_modules).
          exclude: ['**/node_modules/**', 'test/**/*.browser.test.{ts,tsx}', 'test/e2e/**', 'test/consumers/**', 'bench/browser/**'],
          setupFiles: ['test/setup.ts'],
          globals: true,
        },
      },
    ],
  },
});
