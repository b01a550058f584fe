// The browser tests launch Chromium like the scripts do: one definition in test/support.
export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium.mjs';
