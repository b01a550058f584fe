import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The provider loads the prebuilt UI as a separate chunk on first need; under Vitest that first
// import transforms every component module, which can take longer than the 1 s default on 2 cores.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// The app under test has loaded the stylesheet. jsdom applies neither @layer nor :where(), so a
// plain rule stands in for it; without it the development check warns that styles.css is missing.
// Files that run without a DOM (`@vitest-environment node`) have no document to add it to.
if (typeof document !== 'undefined') {
  const stylesheetStandIn = document.createElement('style');
  stylesheetStandIn.dataset.test = 'styles.css';
  stylesheetStandIn.textContent = '[data-rpr-root]{--rpr-radius:12px}';
  document.head.append(stylesheetStandIn);
}

// jsdom has <dialog> but no showModal()/close() and no Escape handling. A minimal stand-in that
// behaves like a browser where the components rely on it: showModal opens and focuses the first
// focusable element, close fires `close` asynchronously, Escape fires a cancelable `cancel` and
// closes unless it is prevented. Inertness and the top layer are tested in Chromium.
if (typeof HTMLDialogElement !== 'undefined' && typeof HTMLDialogElement.prototype.showModal !== 'function') {
  const focusable = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    if (this.open) return;
    if (!this.isConnected) throw new DOMException('The dialog is not connected.', 'InvalidStateError');
    this.setAttribute('open', '');
    this.dataset.testModal = '';
    (this.querySelector<HTMLElement>('[autofocus]') ?? this.querySelector<HTMLElement>(focusable))?.focus();
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    delete this.dataset.testModal;
    queueMicrotask(() => this.dispatchEvent(new Event('close')));
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const dialog = [...document.querySelectorAll<HTMLDialogElement>('dialog[data-test-modal]')].at(-1);
    if (dialog && dialog.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
  });
}
