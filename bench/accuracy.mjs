// `npm run accuracy`: parses every entry of the real-world corpus (test/fixtures/corpus) from the
// source, its status opted in as an app would, and prints per split (dev: tuned on; eval: only
// measured) the accuracy per reason and per vendor family, the confusion matrix, the prompts
// crossed and, for dev, the misses. Writes the figures under `accuracy` in bench/results.json,
// leaving the other keys alone. `--dev` measures and prints the dev split only (for tuning: the eval
// split is not parsed and results.json is left alone); `--quiet` prints the summaries.
// The eval split stays blind: which of its entries were missed is neither printed nor stored (only
// counts), so reading the output never tunes the parser on it. `--eval-misses` prints them, for
// the moment a round is retired into dev (corpus README "Split"). Exit code 1 when the eval split
// misses a target, or when there is none (after a round is retired, the last blind measurement is
// kept in results.json as `lastBlindEval`).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderTable } from './table.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFile = resolve(root, 'bench/.tmp/accuracy/score.mjs');
const quiet = process.argv.includes('--quiet');
// `--dev`: print the development split only (what to look at while tuning).
const devOnly = process.argv.includes('--dev');
// `--eval-misses`: name the eval split's misses (reading them retires the round into dev).
const evalMisses = process.argv.includes('--eval-misses');

// The parser and the scorer are TypeScript: one esbuild pass makes them runnable in Node.
mkdirSync(dirname(outFile), { recursive: true });
await build({
  stdin: {
    contents: [
      "export { parsePaymentRequired } from './src/core/parse/parsePaymentRequired';",
      "export * from './test/support/accuracy';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  outfile: outFile,
  // Production mode: no development warnings (dropped links) in the output.
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
});
const lib = await import(pathToFileURL(outFile).href);
const corpus = lib.loadCorpus(resolve(root, 'test/fixtures/corpus'));

const pct = (x) => (x === null || x === undefined ? '-' : lib.pct(x));

// How the misses fail a user: a wrong specific dialog, or else the honest generic one (`unknown`,
// or no incident on an opted-in status). From the confusion matrix, so the eval split names no entry.
function harm(score) {
  let wrong = 0;
  for (const [expected, row] of Object.entries(score.confusion)) {
    for (const [got, n] of Object.entries(row)) if (got !== expected && !['unknown', 'none', 'throw'].includes(got)) wrong += n;
  }
  // When the dialog names a cause (not the generic one), how often that cause is the right one.
  const named = Object.entries(score.confusion).reduce((sum, [expected, row]) => sum + (['unknown', 'none'].includes(expected) ? 0 : (row[expected] ?? 0)), 0);
  return { wrong, generic: score.total - score.correct - wrong, namedRight: named + wrong ? named / (named + wrong) : null };
}

// The billing responses and the ordinary errors (`none`: no dialog expected) apart, in one line.
function ordinaryLine(score) {
  const ordinary = score.perReason.none;
  const billing = `billing responses ${score.billing.correct}/${score.billing.total} (${pct(score.billing.accuracy)})`;
  const errors = ordinary && `ordinary errors without a dialog ${ordinary.correct}/${ordinary.n}`;
  return [score.billing.total ? billing : '', errors ?? ''].filter(Boolean).join(', ');
}

function printSplit(name, score) {
  const out = [];
  out.push(`# ${name}: ${score.correct}/${score.total} correct (${pct(score.accuracy)}); ${ordinaryLine(score)}`, '');
  const reasons = Object.keys(score.perReason);
  const columns = [...new Set([...reasons, ...Object.values(score.confusion).flatMap((row) => Object.keys(row))])];
  out.push(
    renderTable(
      `${name}: per reason (accuracy = share of its entries classified as it)`,
      ['expected', 'n', 'correct', 'accuracy', 'precision'],
      reasons.map((r) => [r, score.perReason[r].n, score.perReason[r].correct, pct(score.perReason[r].accuracy), pct(score.perReason[r].precision)]),
    ),
  );
  if (!quiet) {
    const short = (r) => r.replace('payment_method_', 'pm_').replace('_required', '_req').replace('subscription_', 'sub_');
    out.push(
      renderTable(
        `${name}: confusion (rows expected, columns got)`,
        ['expected \\ got', ...columns.map(short)],
        reasons.map((r) => [r, ...columns.map((c) => score.confusion[r]?.[c] ?? '.')]),
      ),
    );
    out.push(
      renderTable(
        `${name}: per vendor family`,
        ['family', 'n', 'correct', 'accuracy', 'misses (expected -> got)'],
        Object.entries(score.perFamily)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([family, f]) => [
            family,
            f.n,
            f.correct,
            pct(f.accuracy),
            (Array.isArray(score.misses) ? score.misses : [])
              .filter((m) => m.family === family)
              .map((m) => `${short(m.expected)}->${short(m.got)}`)
              .join(', '),
          ]),
      ),
    );
  }
  const { micropaymentToCard, cardToMicropayment } = score.crossings;
  const list = (ids) => (Array.isArray(ids) ? `${ids.length}${ids.length ? ` (${ids.join(', ')})` : ''}` : String(ids));
  out.push(
    `${name}: per-request payments shown in the card modal: ${list(micropaymentToCard)}; ` +
      `card problems shown as a per-request payment: ${list(cardToMicropayment)}; throws: ${list(score.throws)}`,
    `${name}: of the ${score.total - score.correct} misses, ${harm(score).generic} fell back to the generic dialog or no incident, ${harm(score).wrong} named a wrong reason; ` +
      `when a specific cause is named it is right ${pct(harm(score).namedRight)}`,
    '',
  );
  if (score.misses?.length && !quiet) {
    out.push(`## ${name}: misses`);
    for (const m of score.misses) out.push(`- ${m.id} [${m.vendor}]: expected ${m.expected}, got ${m.got}. ${m.why}`);
    out.push('');
  }
  return out.join('\n');
}

const splits = {};
for (const name of devOnly ? ['dev'] : ['dev', 'eval']) {
  const entries = corpus.filter((entry) => entry.split === name);
  const score = lib.scoreSplit(entries, lib.parsePaymentRequired);
  splits[name] = name === 'eval' && !evalMisses ? lib.blindScore(score) : score;
  if (name === 'dev' || (!devOnly && entries.length > 0)) console.log(printSplit(name, splits[name]));
}

// The evaluation split round by round: a later round was collected after the parser last changed
// for an earlier one, so its figure is the least informed.
const rounds = {};
for (const round of devOnly ? [] : [...new Set(corpus.filter((e) => e.split === 'eval').map((e) => e.round ?? 0))].sort((a, b) => a - b)) {
  const score = lib.scoreSplit(corpus.filter((e) => e.split === 'eval' && (e.round ?? 0) === round), lib.parsePaymentRequired);
  rounds[round] = { total: score.total, correct: score.correct, accuracy: score.accuracy, billing: score.billing, perReason: Object.fromEntries(Object.entries(score.perReason).map(([r, f]) => [r, f.accuracy])) };
  console.log(`eval round ${round}: ${score.correct}/${score.total} (${pct(score.accuracy)}), ${ordinaryLine(score)}; ` + Object.entries(score.perReason).map(([r, f]) => `${r} ${pct(f.accuracy)}`).join(', '));
}

// `--dev` is for tuning: nothing about the eval split is computed, printed or stored.
if (devOnly) {
  console.log(`corpus: ${corpus.length} entries (${splits.dev.total} dev); the eval split is not measured with --dev`);
  process.exit(0);
}

// Merge into results.json: the bench owns the other keys.
const resultsFile = resolve(root, 'bench/results.json');
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const previous = results.accuracy;
// A measured evaluation split is retired into dev once its misses are read (corpus README "Split"):
// keep its one blind measurement until the next round is collected.
const lastBlind =
  splits.eval.total > 0
    ? undefined
    : previous?.eval?.total > 0
      ? { date: previous.date, ...previous.eval }
      : previous?.lastBlindEval;

const unmet = splits.eval.total > 0 ? lib.unmetTargets(splits.eval) : ['no evaluation split: the targets are only judged on blind data'];
const vendors = new Set(corpus.map((entry) => entry.vendor)).size;
if (lastBlind) console.log(`last blind evaluation (${lastBlind.date.slice(0, 10)}): ${lastBlind.correct}/${lastBlind.total} (${pct(lastBlind.accuracy)})`);
console.log(
  `corpus: ${corpus.length} entries (${splits.dev.total} dev, ${splits.eval.total} eval), ${vendors} vendors; ` +
    `eval targets (>= ${pct(lib.TARGETS.overall)} overall, >= ${pct(lib.TARGETS.perReason)} per reason, no crossed prompt, no throw): ` +
    (unmet.length ? `NOT MET: ${unmet.join('; ')}` : 'met'),
);

for (const score of Object.values(splits)) Object.assign(score, { missesByHarm: harm(score) });
results.accuracy = {
  date: new Date().toISOString(),
  corpus: { entries: corpus.length, vendors, synthesized: corpus.filter((entry) => entry.synthesized).length },
  targets: { ...lib.TARGETS, met: unmet.length === 0, unmet },
  ...splits,
  evalRounds: rounds,
  ...(lastBlind ? { lastBlindEval: lastBlind } : {}),
};
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
process.stderr.write('accuracy: wrote bench/results.json (accuracy)\n');
process.exitCode = unmet.length ? 1 : 0;
