// Loads every built entry in plain Node (no DOM), ESM and CJS, through the package's own
// `exports` map, the way an app or a server-rendering framework would.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
assert.equal(typeof globalThis.document, 'undefined', 'this check must run without a DOM');

const esm = await import('react-payment-required');
const esmCore = await import('react-payment-required/core');
const cjs = require('react-payment-required');
const cjsCore = require('react-payment-required/core');

for (const [name, entry] of Object.entries({ esm, cjs })) {
  assert.equal(typeof entry.PaymentRequiredProvider, 'function', `${name}: PaymentRequiredProvider`);
  assert.equal(typeof entry.usePaymentRequired, 'function', `${name}: usePaymentRequired`);
}
const declined = { status: 402, body: { error: { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds' } } };
for (const [name, core] of Object.entries({ esmCore, cjsCore })) {
  assert.equal(core.parsePaymentRequired(declined)?.reason, 'payment_failed', `${name}: parsePaymentRequired`);
}

// The core entry must not pull React in.
for (const file of ['dist/esm/core.js', 'dist/cjs/core.cjs']) {
  assert.doesNotMatch(readFileSync(file, 'utf8'), /from ['"]react|require\(['"]react/, `${file} imports React`);
}
// React entries keep 'use client' for the Next.js App Router.
for (const file of ['dist/esm/index.js', 'dist/cjs/index.cjs']) {
  assert.match(readFileSync(file, 'utf8'), /^['"]use client['"];/, `${file} lacks 'use client'`);
}
console.log('package entries: ESM and CJS load in Node without a DOM');
