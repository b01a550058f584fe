import { afterEach, expect, test, vi } from 'vitest';
import { primeTypography } from '../../src/components/dialog/primeTypography';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Another page (an iframe's document), whose window's idle callbacks the test runs by hand. */
function freshPage(idle: (() => void)[] | undefined): Document {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const view = frame.contentWindow!;
  Object.defineProperty(view, 'requestIdleCallback', { configurable: true, value: idle && ((callback: () => void) => idle.push(callback)) });
  return frame.contentDocument!;
}

test('lays out a hidden, inert sample of the dialog text once the browser is idle, then removes it', () => {
  const idle: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
  const page = document;
  const added: Element[] = [];
  const observer = new MutationObserver((records) => records.forEach((record) => added.push(...[...record.addedNodes].filter((node) => node instanceof Element))));
  observer.observe(page.body, { childList: true });
  const before = page.body.innerHTML;
  // jsdom's window is the global one, so this document's view has the stubbed requestIdleCallback.
  primeTypography(page);
  expect(page.body.innerHTML).toBe(before);
  expect(idle).toHaveLength(1);

  idle[0]!();
  observer.takeRecords().forEach((record) => added.push(...[...record.addedNodes].filter((node) => node instanceof Element)));
  observer.disconnect();
  expect(added).toHaveLength(1);
  const sample = added[0] as HTMLElement;
  expect(sample.hasAttribute('data-rpr-root')).toBe(true);
  expect(sample.getAttribute('aria-hidden')).toBe('true');
  expect(sample.style.visibility).toBe('hidden');
  expect([...sample.querySelectorAll('[class]')].map((part) => part.className)).toEqual(
    expect.arrayContaining(['rpr-title', 'rpr-description', 'rpr-message', 'rpr-actions', 'rpr-action']),
  );
  // Gone again: the page never keeps it, screen readers never meet it.
  expect(page.body.innerHTML).toBe(before);
  expect(sample.isConnected).toBe(false);
});

test('primes a document once, however many hosts mount', () => {
  const idle: (() => void)[] = [];
  const page = freshPage(idle);
  const append = vi.spyOn(page.body, 'append');
  primeTypography(page);
  primeTypography(page);
  expect(idle).toHaveLength(1);
  idle[0]!();
  expect(append).toHaveBeenCalledTimes(1);
  primeTypography(page);
  expect(idle).toHaveLength(1);
});

test('survives a page torn down before the browser is idle', () => {
  const idle: (() => void)[] = [];
  const page = freshPage(idle);
  primeTypography(page);
  expect(idle).toHaveLength(1);
  page.documentElement.remove();
  expect(() => idle.forEach((callback) => callback())).not.toThrow();
});

test('where the browser cannot say when it is idle, nothing is scheduled', () => {
  vi.useFakeTimers();
  const page = freshPage(undefined);
  const append = vi.spyOn(page.body, 'append');
  primeTypography(page);
  expect(vi.getTimerCount()).toBe(0);
  expect(append).not.toHaveBeenCalled();
});
