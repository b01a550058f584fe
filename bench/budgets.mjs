// Byte budgets (issue #5), checked in `npm test` after the build: each one bundles from dist/
// through the package's "exports" with esbuild, exactly as `npm run bench` measures, and fails
// when a gzip size passes its limit. Budgets judge what a page loads up front (the initial
// chunks), and what a card 402 adds to it (the parser and the prebuilt UI, requested at mount).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bundle, loadedWith, PATHS_402, PEERS } from './sizes.mjs';

const KiB = 1024;
const PKG = 'react-payment-required';

const HOOK_AND_PROVIDER = `export { usePaymentRequired, PaymentRequiredProvider } from '${PKG}'`;

const BUDGETS = [
  // Measured 6.97 KiB once event redaction moved to the parser chunk (issue 14); the limit sits just
  // above it so the entry cannot creep back towards 8 KiB. 7.06 KiB with AutoHost's locale hand-off.
  { label: 'React entry, everything', code: `export * from '${PKG}'`, limit: 7.1 * KiB },
  { label: '/core, everything', code: `export * from '${PKG}/core'`, limit: 4 * KiB },
  {
    label: 'usePaymentRequired + PaymentRequiredProvider',
    code: HOOK_AND_PROVIDER,
    // Issues #5 and #14 ask for 3 KiB; measured 5.84 KiB (6.40 before event redaction, replay keys
    // and re-runs moved to the parser chunk). What is left must be there before the first 402:
    // README "Performance" lists it. The limit is the measured figure, so it cannot regress.
    // 5.98 KiB since the automatic UI keeps a closed prompt mounted for its exit motion (issue 16,
    // in AutoHost, which must be up front) and the chunk loaders became one shared helper.
    // 6.01 KiB (+28 B) since AutoHost hands the provider's locale to the UI chunk, which fetches
    // that language's catalogue: the price of never loading German in an English app (below).
    // 6.04 KiB (+0.03) with the loader of the per-request payment readers' chunk, which took 1.82 KiB
    // off every card 402's path.
    limit: 6.05 * KiB,
    target: 3 * KiB,
  },
  {
    label: 'one card 402: initial + what it loads',
    // Issue #14's "everything a 402 can load", for the commonest 402: the parser chunk and the
    // card/plan/quota UI (the micropayment prompt and cross-tab are chunks it never loads).
    // Measured 36.3 KiB, the parser chunk 12.5 of it; the 24 KiB target is not met (README).
    // Raised by 0.57 KiB (36.80 → 37.37 measured) for the classifier vocabulary of issue 13's round 2
    // (billing set-up and plan-cap wording, 2xx failure bodies, prepaid balances, other payment schemes).
    // Raised by 0.53 KiB (37.52 → 38.05 measured) for issue 13's deliverable 4: the Cashu NUT-24 reader
    // and the bare x402 refusal reader, so malformed or refused machine payments never reach the card modal.
    // Lowered to 36.97 KiB measured (−1.07) once the German catalogue became a chunk an English page
    // never requests (issue 14); the limit sits 0.05 KiB above.
    // Raised by 3.25 KiB (36.97 → 40.22 measured) for issue 13: rules for billing messages in nine
    // other languages (2.0 KiB; servers in Chinese, Spanish, … fell to `unknown` or no incident),
    // relayed JSON errors, capped counts, funds without a card, payment proofs refused in words and
    // Lightning invoices anywhere in a 402 (development split 94.4 → 97.6 %).
    // Raised by 1.05 KiB (40.22 → 41.27 measured) for round 4's rules and the `other` per-request
    // payment reader (round 4's 180 real responses 78 → 97 % right; round 5, unseen, 69 → 70 %).
    // Raised by 0.55 KiB (41.27 → 41.82 measured) for round 5's rules (Arabic, Vietnamese, Romanian,
    // header error codes, wallet payment URIs; round 5's 100 responses 70 → 92 % right).
    // Raised by 0.34 KiB (41.82 → 42.16 measured) for round 6's rules (XML error documents, sentences
    // under unnamed keys, day-long windows, refused x402 v2 challenges; round 6's 83 responses 78 → 96 % right).
    // 42.20 measured with the idle-time formatter warm-up (+0.04: a quota dialog paints ≈12 ms sooner).
    // 42.51 with the hidden warm-up render of the prompts (+0.31: the first dialog ≈7 ms sooner on React 19.2+);
    // 42.57 with its React 18 form (+0.06: a warm quota dialog ≈21 ms sooner there).
    // 43.02 with round 8's rules (+0.45), most of it for ordinary errors on opted-in statuses that
    // showed a billing dialog: per-minute throttles that offer an upgrade, OpenAI's
    // context_length_exceeded, Google's bare RESOURCE_EXHAUSTED (false alarms 5 of 55 blind);
    // 43.07 with round 9's (+0.05: a spent window that reopens within a minute, file sizes); 43.25
    // with round 10's (+0.18: calls per minute, attempts, bytes and body limits, a tier at capacity,
    // credentials to renew, payment fields of a request).
    // Lowered to 41.43 measured (−1.82) once the per-request payment readers (x402, L402, …) became a
    // chunk that only a response showing a sign of one requests; 41.24 once the body readers no
    // longer import zod (−0.19 here, zod being external; −12.5 KiB for an app without zod, below).
    // The limit sits 0.05 KiB above.
    path: PATHS_402.find((path) => path.id === 'card').entryModules,
    code: HOOK_AND_PROVIDER,
    limit: 41.29 * KiB,
    target: 24 * KiB,
  },
  {
    label: 'one card 402 with the UI in German',
    // The same page in German also fetches its catalogue: measured 38.60 KiB (German on its own
    // compresses less well than beside English, in one chunk, as it did: +0.56 KiB over 38.04).
    // 41.84 KiB with issue 13's classifier rules above (+3.24); 42.90 with round 4's (+1.06); 43.45
    // with round 5's (+0.55); 43.79 with round 6's (+0.34); 43.83 with the formatter warm-up (+0.04);
    // 44.14 with the prompts' warm-up render (+0.31); 44.20 with its React 18 form (+0.06); 44.65
    // with round 8's rules (+0.45); 44.70 with round 9's (+0.05); 44.88 with round 10's (+0.18);
    // 43.06 once the per-request payment readers left the card path (−1.82); 42.87 without zod
    // imports on it (−0.19).
    path: PATHS_402.find((path) => path.id === 'card-de').entryModules,
    code: HOOK_AND_PROVIDER,
    limit: 42.92 * KiB,
  },
  {
    label: 'one card 402, app without zod',
    // zod is a peer, so the figures above leave it out; an app that does not use zod ships what the
    // library imports of it. 53.89 KiB while the body readers used zod schemas (zod/mini ≈10 KiB on
    // every card 402); 41.40 once only the per-request payment readers (a chunk a card 402 never
    // loads), cross-tab and /server use zod, and custom formats go through the Standard Schema
    // interface. The limit keeps zod off the card path.
    path: PATHS_402.find((path) => path.id === 'card').entryModules,
    code: HOOK_AND_PROVIDER,
    external: PEERS.filter((peer) => !peer.startsWith('zod')),
    limit: 41.45 * KiB,
  },
  { label: 'styles.css', css: 'dist/styles.css', limit: 3 * KiB },
];

const format = (bytes) => `${(bytes / KiB).toFixed(2)} KiB`;
let failed = false;
for (const budget of BUDGETS) {
  const size = budget.css
    ? gzipSync(readFileSync(budget.css), { level: 9 }).length
    : budget.path
      ? (await loadedWith(budget.code, budget.path, budget.external)).gzip
      : (await bundle(budget.code)).initial.gzip;
  const over = size > budget.limit;
  failed ||= over;
  const note = budget.target && size > budget.target ? ` (target ${format(budget.target)} not met)` : '';
  console.log(`${over ? 'OVER' : 'ok  '}  ${budget.label.padEnd(46)} ${format(size).padStart(10)} gzip  / limit ${format(budget.limit)}${note}`);
}
if (failed) {
  console.error('A byte budget is exceeded: shrink the code, or raise the budget in bench/budgets.mjs saying why.');
  process.exitCode = 1;
}
