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
for (const file of ['dist/esm/core.js', 'dist/cjs/core.cjs', 'dist/esm/parse.js', 'dist/cjs/parse.cjs']) reactFree(file);
// React entries keep 'use client' for the Next.js App Router.
for (const file of ['dist/esm/index.js', 'dist/cjs/index.cjs', 'dist/esm/components.js', 'dist/cjs/components.cjs']) {
  assert.match(readFileSync(file, 'utf8'), /^['"]use client['"];/, `${file} lacks 'use client'`);
}
console.log('package entries: ESM and CJS load in Node without a DOM');
