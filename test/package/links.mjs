// The README as npm shows it: every relative link must point at a file the tarball ships, and
// package.json must say where the project lives, or the published page links nowhere.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
for (const field of ['repository', 'homepage', 'bugs']) assert.ok(manifest[field], `package.json has no "${field}"`);

const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const shipped = new Set(packed[0].files.map((file) => file.path));

const readme = readFileSync('README.md', 'utf8');
const broken = [];
for (const [, target] of readme.matchAll(/\]\(([^)\s]+)\)/g)) {
  if (/^[a-z][a-z+.-]*:|^#/i.test(target)) continue; // absolute URL or in-page anchor
  const path = target.replace(/#.*$/, '').replace(/^\.\//, '');
  if (!shipped.has(path)) broken.push(target);
}
assert.deepEqual(broken, [], `README links to files the package does not ship: ${broken.join(', ')}`);
console.log(`README: every relative link is shipped (${shipped.size} files in the tarball)`);
