// The first dialog on a page pays for work no React change avoids, twice over:
// - Chromium resolves and shapes the dialog's fonts (system-ui at four sizes and weights, usually
//   not yet used by the page) during the layout that `showModal()` forces, 10–30 ms on the bench
//   machines;
// - a page's first Intl number or date formatter costs 12–25 ms (ICU loads its data; later ones,
//   in any locale, take under 1 ms), which a quota, plan or card-expiry dialog pays as it renders.
// Laying out a hidden sample of the dialog's parts, and building one formatter of each kind, while
// the browser is idle moves both off the path between the 402 and the painted dialog. It runs once
// per document, after the UI chunk loads, as two idle tasks so neither is long.

import { whenIdle } from '../../core/whenIdle';
import { primeFormatters } from '../../messages/intl';

const primed = new WeakSet<Document>();

// One of each text style the prompts use: title, body, quoted detail, primary and quiet actions.
// Built with the DOM, not innerHTML, so pages enforcing Trusted Types accept it.
const SAMPLE: readonly (readonly [tag: string, className: string, attributes?: Record<string, string>])[] = [
  ['h2', 'rpr-title'],
  ['p', 'rpr-description'],
  ['p', 'rpr-message'],
  ['button', 'rpr-action', { 'data-primary': '' }],
  ['button', 'rpr-action', { 'data-action': 'close' }],
];

function layOutSample(document: Document): void {
  const sample = document.createElement('div');
  sample.setAttribute('data-rpr-root', '');
  sample.setAttribute('aria-hidden', 'true');
  sample.inert = true;
  // Laid out (fonts are shaped) but never seen, clicked or read: off screen and invisible.
  sample.style.cssText = 'position:fixed;top:0;left:-10000px;visibility:hidden;pointer-events:none;contain:layout paint';
  const actions = document.createElement('div');
  actions.className = 'rpr-actions';
  for (const [tag, className, attributes = {}] of SAMPLE) {
    const part = document.createElement(tag);
    part.className = className;
    part.textContent = 'Payment';
    for (const [name, value] of Object.entries(attributes)) part.setAttribute(name, value);
    (tag === 'button' ? actions : sample).append(part);
  }
  sample.append(actions);
  document.body.append(sample);
  try {
    sample.getBoundingClientRect();
  } finally {
    sample.remove();
  }
}

/**
 * Readies, while the browser is idle, what the first dialog would otherwise pay for as it
 * renders: the fonts and styles of its text, and number and date formatting. Once per document;
 * nothing on the server.
 */
export function primeFirstDialog(document: Document | undefined = globalThis.document): void {
  if (!document?.body || primed.has(document)) return;
  primed.add(document);
  whenIdle(() => {
    // A page may be gone (navigation, a test's teardown) by the time the browser is idle.
    if (document.body) layOutSample(document);
  }, document.defaultView);
  whenIdle(primeFormatters, document.defaultView);
}
