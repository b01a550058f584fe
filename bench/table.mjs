// Plain-text tables for the bench output (also pasted into the README's Performance section).

/** A boxed-less, aligned table: first column left-aligned, the rest right-aligned. */
export function renderTable(title, headers, rows, notes = []) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => row[column]?.length ?? 0)));
  const line = (row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [`## ${title}`, line(cells[0]), rule, ...cells.slice(1).map(line), ...notes.map((note) => `  ${note}`), ''].join('\n');
}

export function kib(bytes) {
  if (bytes === undefined || bytes === null) return '';
  const sign = bytes < 0 ? '-' : '';
  const size = Math.abs(bytes);
  return size < 1024 ? `${sign}${size} B` : `${sign}${(size / 1024).toFixed(2)} KiB`;
}

const ratio = (value) => `×${value < 0.1 ? value.toFixed(3) : value < 10 ? value.toFixed(2) : value.toFixed(0)}`;
const ms = (value, digits = 1) => `${value.toFixed(digits)} ms`;

/** The bytes section: our entries and components, the alternatives, CSS and zod. */
export function printSizes(sizes) {
  const { ours, alternatives, css, zod } = sizes;
  const rows = [];
  const notes = [];
  for (const row of ours) {
    if (row.error) {
      rows.push([row.label, '', '', '', '', '', '', '', `not measured: ${row.error}`]);
      continue;
    }
    const lazy = row.chunks.lazy > 0 ? `${kib(row.lazy.gzip)} (${row.chunks.lazy} chunk${row.chunks.lazy > 1 ? 's' : ''})` : '-';
    let budget = '';
    let verdict = '';
    if (row.budget) {
      // Judged on the initial chunk and, separately, on everything including lazy chunks.
      const judge = (bytes) => (bytes > row.budget ? `OVER +${kib(bytes - row.budget)}` : 'ok');
      budget = kib(row.budget);
      verdict = row.chunks.lazy > 0 ? `${judge(row.initial.gzip)} / ${judge(row.total.gzip)}` : judge(row.total.gzip);
    }
    const vs = Object.entries(row.vs)
      .map(([id, value]) => `${ratio(value)} of ${id}`)
      .join(', ');
    rows.push([row.label, row.from?.replace('react-payment-required', 'rpr') ?? '', kib(row.initial.min), kib(row.initial.gzip), kib(row.initial.brotli), lazy, budget, verdict, vs]);
    if (row.componentMarkers) {
      const { initial, lazy: inLazy } = row.componentMarkers;
      if (initial.length > 0) {
        rows.push([`  WARNING: ${row.label} pulls in component code`, '', '', '', '', '', '', '', `initial chunk has ${initial.join(', ')}`]);
      } else if (inLazy.length > 0) {
        notes.push(`${row.label}: no component code in the initial chunk; the lazy chunks carry it.`);
      } else {
        notes.push(`${row.label}: no component code (checked for ${'showModal, data-part, rpr-${…}, prompt copy'}).`);
      }
    }
  }
  rows.push(['styles.css (minified)', 'dist', kib(css.min), kib(css.gzip), kib(css.brotli), '-', '', '', '']);
  for (const [id, alt] of Object.entries(alternatives)) {
    const lazy = alt.lazy.min > 0 ? kib(alt.lazy.gzip) : '-';
    rows.push([`alt: ${alt.label}`, id, kib(alt.initial.min), kib(alt.initial.gzip), kib(alt.initial.brotli), lazy, '', '', '']);
  }
  notes.push(
    'esbuild --bundle --minify from dist/ through package "exports"; react, react-dom, @tanstack/react-query, zod external;',
    'gzip -9 and brotli -q11 per chunk; min/gzip/brotli = initial chunk (entry + static imports), lazy = chunks behind import();',
    'budgets (issue #5, gzip) judged on the initial chunk and on initial + lazy; ratios compare gzip of initial + lazy.',
  );
  const bytes = renderTable(
    'Bytes (min / gzip / brotli, peers external)',
    ['bundle', 'from', 'min', 'gzip', 'brotli', 'lazy gzip', 'budget', 'initial / +lazy', 'vs alternatives'],
    rows,
    notes,
  );

  const zodRows = zod.subjects.map((subject) => [
    subject.label,
    kib(subject.zodExternal.gzip),
    kib(subject.zodBundled.gzip),
    kib(subject.zodShare.gzip),
    kib(subject.marginalOnClassicZodApp.gzip),
    kib(subject.marginalOnMiniZodApp.gzip),
  ]);
  const zodTable = renderTable(
    'Zod cost of our schemas (gzip)',
    ['ours', 'zod external', 'app has no zod', 'of which zod', '+ on a classic-zod app', '+ on a zod/mini app'],
    zodRows,
    [
      `baseline apps (gzip): classic zod ${kib(zod.apps.classic.gzip)}, zod/mini ${kib(zod.apps.mini.gzip)};`,
      '"+ on …" is what adding ours to that app adds (zod bundled in both builds); all figures initial + lazy chunks.',
    ],
  );
  return `${bytes}\n${zodTable}`;
}

/** Time to UI, storm, countdowns and parser. */
export function printRuntime(runtime) {
  const out = [];
  const { timeToUi, storm, countdowns, parser } = runtime;
  if (timeToUi) {
    const { ours, plainDefaultRetries: plain } = timeToUi;
    const total = (r) => r.simulatedMs + r.wallMsMedian;
    const row = (label, r, vs) => [
      label,
      r.requestsBeforeDialog,
      `${r.simulatedMs} ms`,
      `${ms(r.wallMsMedian)} (${r.wallMsMin.toFixed(1)}-${r.wallMsMax.toFixed(1)})`,
      ms(total(r)),
      vs,
    ];
    out.push(
      renderTable(
        'Time to UI: first 402 settled -> dialog in the DOM',
        ['setup', 'requests', 'simulated', `wall, median of ${ours.runs} (min-max)`, 'sim + wall', 'ratio'],
        [
          row('PaymentRequiredProvider', ours, `${ratio(total(ours) / total(plain))} of plain`),
          row('plain QueryClient (3 retries) + onError dialog', plain, ''),
        ],
        [
          'real QueryClient, fetcher throwing a 402 PaymentRequiredError, fake timers (retry back-off advanced on the fake clock);',
          'wall = real processing time in jsdom (React render + DOM), excluding the simulated waits.',
        ],
      ),
    );
  }
  if (storm) {
    out.push(
      renderTable(
        `Render storm: ${storm.queries} queries fail with the same 402 at once`,
        ['measure', 'value', 'target'],
        [
          ['incidents created', storm.incidents, 1],
          ['blocked operations on it', storm.blockedOperations, storm.queries],
          ['requests sent (402s are not retried)', storm.fetches, storm.queries],
          ['React commits, whole tree (Profiler)', storm.appCommits, ''],
          ['  of which the 500 query components', storm.queryCommits, ''],
          ['provider renders', storm.providerRenders, 0],
          [`commits of ${storm.nonReaderComponents} components not reading the incident`, storm.nonReaderCommits, 0],
          ['renders of a component selecting the incident', storm.incidentReaderRenders, 1],
          ['library UI render time (Profiler actualDuration)', ms(storm.libraryRenderMs), ''],
          ['app query components render time', ms(storm.queriesRenderMs), ''],
          ['replays after resolve', storm.replaysAfterResolve, storm.queries],
          ['incidents after resolve', storm.incidentsAfterResolve, 0],
          [`heap after resolve + unmount, first cycle (${storm.heapMeasuredAfterGc ? 'after GC' : 'WITHOUT GC'})`, kib(Math.round(storm.heapDeltaFirstCycleKiB * 1024)), ''],
          [`heap growth per cycle, last 2 of ${storm.heapCycles} (leak indicator)`, kib(Math.round(storm.heapGrowthPerCycleKiB * 1024)), '~0'],
        ],
        [
          `heap: after a warm-up cycle, ${storm.heapCycles} cycles (mount, storm, resolve, unmount, queryClient.clear()); heap in use after GC`,
          `after each, vs before them: ${storm.heapAfterEachCycleKiB.map((value) => kib(Math.round(value * 1024))).join(', ')}. Counts are from the last cycle.`,
        ],
      ),
    );
  }
  if (countdowns) {
    const { ours, oursHookOnly, reactCountdown } = countdowns;
    const cols = [ours, oursHookOnly, reactCountdown];
    out.push(
      renderTable(
        `Countdowns: ${ours.instances} mounted`,
        ['measure', 'QuotaCountdown', 'useQuotaCountdown only', 'react-countdown'],
        [
          ['timers pending after mount', ...cols.map((c) => c.pendingTimers)],
          ['timer calls per tick', ...cols.map((c) => c.timerCallsPerTick)],
          ['CPU per one-second tick (median)', ...cols.map((c) => ms(c.cpuMsPerTickMedian))],
          ['  vs react-countdown', ...cols.map((c) => ratio(c.cpuMsPerTickMedian / reactCountdown.cpuMsPerTickMedian))],
          ['wall per tick (median)', ...cols.map((c) => ms(c.wallMsPerTickMedian))],
          ['timers after unmount', ...cols.map((c) => c.pendingTimersAfterUnmount)],
          ['shared ticker after unmount (subscribers/timers)', ...cols.map((c, i) => (i < 2 ? `${c.tickerAfterUnmount.subscribers}/${c.tickerAfterUnmount.timers}` : '-'))],
        ],
        [
          'jsdom + fake timers; setTimeout/setInterval wrapped to count calls; CPU = process.cpuUsage around one advanced second,',
          'including React re-rendering every countdown. QuotaCountdown is the whole prompt (dialog, meter, actions) per instance.',
        ],
      ),
    );
  }
  if (parser) {
    const rows = [
      [`${parser.fixtures} fixtures, parses per second (wall)`, parser.parsesPerSecond.toLocaleString('en'), `${parser.usPerParse} us/parse`, '', ''],
      ['  parses per CPU second', parser.parsesPerCpuSecond.toLocaleString('en'), '', '', ''],
      ...parser.hostile.map((h) => [`5 MB ${h.shape}`, ms(h.ms5MB, 2), ms(h.msAtCap, 2), ratio(h.ratio), h.bounded ? 'yes' : 'NO']),
    ];
    out.push(
      renderTable(
        'Parser',
        ['input', 'time / rate', `same shape at ${parser.maxBodyChars.toLocaleString('en')} chars`, '5 MB / cap', 'bounded'],
        rows,
        [
          `worst 5 MB case: ${parser.worst.shape}, ${ms(parser.worst.ms, 2)}; bounded = 5 MB time <= ${parser.boundedFactor}x the time at MAX_BODY_CHARS (or ${parser.boundedFloorMs} ms); median of 7; linear work would be ~80x.`,
        ],
      ),
    );
  }
  return out.join('\n');
}

/** The browser bench: 402 response end -> dialog painted, per React version and scenario. */
export function printBrowser(browser) {
  const rows = Object.values(browser.scenarios).map((s) => {
    const range = (r) => `${r.median} (${r.min}-${r.max})`;
    return [
      `React ${s.react}, ${s.scenario}`,
      s.runs,
      `${range(s.toPaintedMs)} ms`,
      `${s.toPaintedMs.max} ms`,
      `${range(s.shownMs)} ms`,
      range(s.framesAfterShown),
      range(s.chunksPendingAt402),
      s.scenario === 'throttled' ? `${range(s.afterLastChunkMs)} ms` : '',
      s.scenario === 'throttled' ? `${s.chunkRoundTripMs.median} ms` : '',
      s.maxApiRequests,
    ];
  });
  return renderTable(
    `Browser: 402 response end -> dialog painted (Chromium ${browser.chromium}, production build, packed package)`,
    ['React, scenario', 'loads', 'median (min-max)', 'max', '`shown` after 402', 'frames shown->dialog', 'chunks pending at 402', 'painted after last chunk', 'chunk round trip', 'API requests'],
    rows,
    [
      'cold: fresh context per load, local network, API answers at once; warm: API answers after 300 ms (parser + UI loaded);',
      'warm-quota: as warm, with a quota 402 whose prompt formats numbers and a date (the card decline formats none);',
      'throttled: DevTools Fast 3G via CDP, cache disabled; response end = Resource Timing responseEnd of the API request;',
      'painted = a task posted from the first requestAnimationFrame after the open <dialog> is in the DOM.',
    ],
  );
}
