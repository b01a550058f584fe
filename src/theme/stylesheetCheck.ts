let checked = false;

/**
 * Development aid: warns once per page when `react-payment-required/styles.css` is not loaded,
 * found by whether a theme root gets the stylesheet's `--rpr-radius` token. The dialogs still
 * work without it (the browser's own `<dialog>` styles keep them legible), but look unfinished.
 * Runs a frame after the first themed component mounts, so CSS injected by a bundler has landed.
 */
export function warnIfStylesheetMissing(doc: Document): void {
  if (checked || !doc.body || !doc.defaultView) return;
  checked = true;
  const view = doc.defaultView;
  view.requestAnimationFrame(() => {
    const probe = doc.createElement('div');
    probe.setAttribute('data-rpr-root', '');
    probe.hidden = true;
    doc.body.append(probe);
    const loaded = view.getComputedStyle(probe).getPropertyValue('--rpr-radius').trim() !== '';
    probe.remove();
    if (!loaded) {
      console.warn(
        "react-payment-required: the stylesheet is not loaded, so the dialogs use the browser's plain styles. " +
          "Add `import 'react-payment-required/styles.css'` once, next to the provider (or pass `unstyled`).",
      );
    }
  });
}
