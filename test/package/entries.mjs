// Loads every built entry in plain Node (no DOM), ESM and CJS, through the package's own
// `exports` map, the way an app or a server-rendering framework would.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
assert.equal(typeof globalThis.document, 'undefined', 'this check must run without a DOM');

const esm = await import('react-payment-required');
const esmCore = await import('react-payment-required/core');
const esmParse = await import('react-payment-required/parse');
const esmComponents = await import('react-payment-required/components');
const cjs = require('react-payment-required');
const cjsCore = require('react-payment-required/core');
const cjsParse = require('react-payment-required/parse');
const cjsComponents = require('react-payment-required/components');
const esmMicropayment = await import('react-payment-required/micropayment');
const cjsMicropayment = require('react-payment-required/micropayment');
for (const [name, entry] of Object.entries({ esmMicropayment, cjsMicropayment })) {
  assert.equal(typeof entry.withPayments, 'function', `${name}: withPayments`);
}
for (const [name, entry] of Object.entries({ esm: await import('react-payment-required/cross-tab'), cjs: require('react-payment-required/cross-tab') })) {
  assert.equal(typeof entry.connectCrossTab, 'function', `${name}: connectCrossTab`);
}
for (const adapter of ['ky', 'axios', 'ofetch', 'openapi-fetch', 'graphql-request', 'apollo', 'trpc']) {
  const esmAdapter = await import(`react-payment-required/adapters/${adapter}`);
  const cjsAdapter = require(`react-payment-required/adapters/${adapter}`);
  for (const [name, entry] of Object.entries({ esm: esmAdapter, cjs: cjsAdapter })) {
    const extractors = Object.entries(entry).filter(([key, value]) => key.endsWith('Failure') && typeof value === 'function');
    assert.equal(extractors.length, 1, `${name} adapters/${adapter}: one *Failure extractor`);
  }
}
for (const [name, entry] of Object.entries({ esm: await import('react-payment-required/devtools'), cjs: require('react-payment-required/devtools') })) {
  assert.equal(typeof entry.PaymentRequiredDevtools, 'function', `${name}: PaymentRequiredDevtools`);
}

// The server half emits a 402 the client entry parses back; its JSON Schema and OpenAPI component
// ship as files equal to the exported constants.
const esmServer = await import('react-payment-required/server');
for (const [name, server] of Object.entries({ esm: esmServer, cjs: require('react-payment-required/server') })) {
  const response = server.paymentRequiredResponse({ reason: 'quota_exceeded', quota: { limit: 10, used: 10, resetAt: Date.now() + 60_000 } });
  assert.equal(response.status, 402, `${name} server: status`);
  assert.ok(response.headers.get('retry-after'), `${name} server: Retry-After`);
  const incident = esmParse.parsePaymentRequired({ status: response.status, headers: response.headers, body: await response.json() });
  assert.equal(incident?.reason, 'quota_exceeded', `${name} server: round trip`);
}
for (const [name, monitoring] of Object.entries({ esm: await import('react-payment-required/monitoring'), cjs: require('react-payment-required/monitoring') })) {
  for (const reporter of ['sentryIncidentReporter', 'posthogIncidentReporter', 'openTelemetryIncidentReporter']) {
    assert.equal(typeof monitoring[reporter], 'function', `${name} monitoring: ${reporter}`);
  }
}
for (const [file, constant] of [['problem.schema.json', 'paymentRequiredProblemJsonSchema'], ['openapi.json', 'paymentRequiredOpenApi']]) {
  const shipped = JSON.parse(readFileSync(require.resolve(`react-payment-required/server/${file}`), 'utf8'));
  assert.deepEqual(shipped, JSON.parse(JSON.stringify(esmServer[constant])), `server/${file} matches ${constant}`);
}

for (const [name, entry] of Object.entries({ esm, cjs })) {
  assert.equal(typeof entry.PaymentRequiredProvider, 'function', `${name}: PaymentRequiredProvider`);
  assert.equal(typeof entry.usePaymentRequired, 'function', `${name}: usePaymentRequired`);
}
const declined = { status: 402, body: { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } } };
for (const [name, core] of Object.entries({ esmCore, cjsCore })) {
  assert.equal(typeof core.createIncidentStore, 'function', `${name}: createIncidentStore`);
  assert.equal(core.extractHttpFailure(new core.PaymentRequiredError({ body: declined.body }))?.status, 402, `${name}: extractHttpFailure`);
}
for (const [name, parse] of Object.entries({ esmParse, cjsParse })) {
  assert.equal(parse.parsePaymentRequired(declined)?.reason, 'payment_failed', `${name}: parsePaymentRequired`);
}
for (const [name, components] of Object.entries({ esmComponents, cjsComponents })) {
  for (const component of ['UpdatePaymentModal', 'PlanUpgradePrompt', 'QuotaCountdown', 'MicropaymentPrompt', 'PaymentRequiredHost']) {
    assert.ok(components[component], `${name}: ${component}`);
  }
}

// The framework-free entries must not pull React in, directly or through the modules they import.
const reactFree = (file, seen = new Set()) => {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  assert.doesNotMatch(code, /from ['"]react|require\(['"]react/, `${file} imports React`);
  for (const [, path] of code.matchAll(/(?:from |require\()['"](\.[^'"]+)['"]/g)) {
    reactFree(join(dirname(file), path), seen);
  }
};
for (const file of ['core', 'parse', 'micropayment', 'cross-tab', 'server', 'monitoring', ...['ky', 'axios', 'ofetch', 'openapi-fetch', 'graphql-request', 'apollo', 'trpc'].map((a) => `adapters/${a}`)]) {
  reactFree(`dist/esm/${file}.js`);
  reactFree(`dist/cjs/${file}.cjs`);
}
// React entries keep 'use client' for the Next.js App Router.
for (const file of ['index', 'components', 'devtools'].flatMap((name) => [`dist/esm/${name}.js`, `dist/cjs/${name}.cjs`])) {
  assert.match(readFileSync(file, 'utf8'), /^['"]use client['"];/, `${file} lacks 'use client'`);
}
// Peers stay peers: with modules preserved, anything bundled from node_modules would show up as
// files of its own, and source maps would name it.
const { readdirSync } = await import('node:fs');
const files = readdirSync('dist', { recursive: true }).map(String);
assert.deepEqual(files.filter((file) => file.includes('node_modules')), [], 'a dependency was inlined into dist/');
for (const map of files.filter((file) => file.endsWith('.js.map'))) {
  const { sources } = JSON.parse(readFileSync(join('dist', map), 'utf8'));
  assert.ok(!sources.some((source) => source.includes('node_modules')), `${map} maps code from node_modules`);
}
console.log('package entries: ESM and CJS load in Node without a DOM; no dependency inlined');
