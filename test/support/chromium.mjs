/**
 * How every browser run here launches Chromium (tests, the consumer matrix, the bench): Debian's
 * binary (browser downloads are impossible on these machines) with the flags that keep it quiet
 * on a closed network. Plain JS so the .mjs scripts and the TypeScript tests share it.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
