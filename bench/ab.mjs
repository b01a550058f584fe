// Browser A/B (issue #14): the browser bench's app built against two builds of the package, the
// working tree's dist/ and the package at a git ref, loaded in turn (A, B, B, A, …) so that what
// else the machine is doing falls on both alike. The browser bench's medians move by ±10 ms from
// one run to the next on these machines, more than most changes; this is how a change is judged.
//   npm run build && npm run bench:ab -- [ref=HEAD] [card|quota] [warm|cold] [loads=15]
// Prints the medians and every load; writes nothing. Not part of `npm test` or `npm run bench`.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/support/chromium.mjs';
import {
  analyse,
  buildApp,
  installAppDependencies,
  installPackedPackage,
  load,
  median,
  QUOTA_402,
  REACT_VERSIONS,
  round,
  startServer,
  STRIPE_402,
} from './browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const benchApp = resolve(root, 'bench/browser');
const workDir = resolve(root, 'bench/.tmp/ab');

const [ref = 'HEAD', kind = 'card', scenario = 'warm', loadsArg = '15'] = process.argv.slice(2);
const BODIES = { card: () => STRIPE_402, quota: QUOTA_402 };
if (!BODIES[kind] || !['warm', 'cold'].includes(scenario)) {
  throw new Error('usage: npm run bench:ab -- [ref] [card|quota] [warm|cold] [loads]');
}
const loads = Number(loadsArg);
const sha = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();

/** Builds the package as it was at `sha`, in a worktree of its own that shares node_modules. */
function buildRef() {
  const tree = resolve(workDir, `tree-${sha}`);
  rmSync(tree, { recursive: true, force: true });
  execFileSync('git', ['worktree', 'prune'], { cwd: root });
  execFileSync('git', ['worktree', 'add', '--detach', tree, sha], { cwd: root, stdio: 'ignore' });
  symlinkSync(resolve(root, 'node_modules'), resolve(tree, 'node_modules'));
  process.stderr.write(`ab: building ${sha}…\n`);
  execFileSync('npm', ['run', 'build'], { cwd: tree, stdio: 'ignore' });
  return tree;
}

/**
 * A copy of the bench app with its own node_modules: the packed package from `from`, and copies
 * of the bench app's other dependencies (React 18 and 19, TanStack Query, zod).
 */
function variantApp(name, from) {
  const dir = resolve(workDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(resolve(dir, 'node_modules'), { recursive: true });
  cpSync(resolve(benchApp, 'app'), resolve(dir, 'app'), { recursive: true });
  // Its own package.json bounds the package scope: inside the repository, an import of
  // `react-payment-required` would otherwise resolve to the repository itself (self-reference).
  cpSync(resolve(benchApp, 'package.json'), resolve(dir, 'package.json'));
  for (const dependency of readdirSync(resolve(benchApp, 'node_modules'))) {
    if (dependency !== 'react-payment-required' && !dependency.startsWith('.')) {
      cpSync(resolve(benchApp, 'node_modules', dependency), resolve(dir, 'node_modules', dependency), { recursive: true });
    }
  }
  installPackedPackage({ from, nodeModules: resolve(dir, 'node_modules') });
  return dir;
}

installAppDependencies();
mkdirSync(workDir, { recursive: true });
const tree = buildRef();
const variants = { [sha]: variantApp('a', tree), 'working tree': variantApp('b', root) };
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const react of Object.keys(REACT_VERSIONS).sort().reverse()) {
    const sides = [];
    for (const [name, dir] of Object.entries(variants)) {
      const { outDir, initialScripts } = await buildApp(react, { appRoot: resolve(dir, 'app'), outDir: resolve(dir, `react${react}`) });
      const server = await startServer(outDir);
      server.state.apiDelayMs = scenario === 'warm' ? 300 : 0;
      server.state.body = BODIES[kind];
      sides.push({ name, server, initialScripts, painted: [] });
    }
    try {
      for (let run = 0; run < loads; run++) {
        // A B, then B A: neither side always loads first.
        for (const side of run % 2 ? [...sides].reverse() : sides) {
          side.server.state.apiRequests = 0;
          const sample = await load(browser, side.server.origin);
          side.painted.push(analyse(sample, side.initialScripts, side.server.state.apiRequests).toPaintedMs);
        }
      }
    } finally {
      await Promise.all(sides.map((side) => side.server.close()));
    }
    for (const side of sides) {
      console.log(
        `React ${react}, ${scenario} ${kind} 402, ${side.name}: median ${round(median(side.painted))} ms (${side.painted.join(', ')})`,
      );
    }
    console.log(`  difference of the medians: ${round(median(sides[1].painted) - median(sides[0].painted))} ms`);
  }
} finally {
  await browser.close();
  execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root });
}
