// What each source file costs in a bundle (issue #14): esbuild's metafile gives each input's
// minified bytes in each output chunk; gzip is measured per chunk and shared out in proportion
// (gzip of a part alone would overstate it). From the built package, peers external, as
// bench/sizes.mjs bundles. `npm run bench:bytes` (needs `npm run build` first).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildChunks, loadedWith, PATHS_402, PEERS } from './sizes.mjs';

const PKG = 'react-payment-required';

export const SUBJECTS = [
  { id: 'hook-provider', label: 'usePaymentRequired + PaymentRequiredProvider', code: `export { usePaymentRequired, PaymentRequiredProvider } from '${PKG}'` },
  { id: 'parse', label: '/parse, everything', code: `export * from '${PKG}/parse'` },
  // zod bundled: an app that does not use zod ships it with the parser.
  { id: 'parse-with-zod', label: '/parse, zod bundled', code: `export * from '${PKG}/parse'`, external: PEERS.filter((peer) => !peer.startsWith('zod')) },
];

/** Per chunk (initial/lazy) and per source file: minified bytes and a gzip share. */
export async function breakdown(code, external = PEERS) {
  const { outputs, files, initial } = await buildChunks(code, external, 'bench/.tmp/breakdown');
  const parts = [];
  const chunks = [];
  for (const [name, file] of files) {
    const gzip = gzipSync(file.contents, { level: 9 }).length;
    const kind = initial.has(name) ? 'initial' : 'lazy';
    chunks.push({ kind, min: file.contents.length, gzip });
    for (const [input, { bytesInOutput }] of Object.entries(outputs[name].inputs)) {
      if (!bytesInOutput) continue;
      const source = input.replace(/^.*?dist\/esm\//, '').replace(/^.*?node_modules\//, 'node_modules/');
      parts.push({ kind, source, min: bytesInOutput, gzipShare: Math.round((gzip * bytesInOutput) / file.contents.length) });
    }
  }
  parts.sort((a, b) => b.min - a.min);
  const total = (kind) => chunks.filter((chunk) => chunk.kind === kind).reduce((sum, chunk) => ({ min: sum.min + chunk.min, gzip: sum.gzip + chunk.gzip }), { min: 0, gzip: 0 });
  return { initial: total('initial'), lazy: total('lazy'), parts };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
  for (const subject of SUBJECTS) {
    const { initial, lazy, parts } = await breakdown(subject.code, subject.external);
    console.log(`\n## ${subject.label}: initial ${kib(initial.gzip)} gzip (${kib(initial.min)} min), lazy ${kib(lazy.gzip)} gzip (${kib(lazy.min)} min)`);
    for (const part of parts) console.log(`${part.kind.padEnd(8)}${String(part.min).padStart(7)} B min  ~${String(part.gzipShare).padStart(5)} B gzip  ${part.source}`);
  }
  const provider = SUBJECTS[0];
  console.log(`\n## What one 402 loads (${provider.label}, initial + lazy, gzip per chunk)`);
  for (const path of PATHS_402) {
    const { gzip, chunks, left } = await loadedWith(provider.code, path.entryModules);
    console.log(`${path.label.padEnd(44)}${kib(gzip).padStart(10)} in ${chunks} chunks${left.length ? `; not loaded: ${left.join(', ')}` : ''}`);
  }
}
