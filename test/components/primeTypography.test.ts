import { afterEach, expect, test, vi } from 'vitest';
import { primeTypography } from '../../src/components/dialog/primeTypography';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function freshDocument(): Document {
  return document.implementation.createHTMLDocument('page');
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
  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', undefined);
  const page = freshDocument();
  const append = vi.spyOn(page.body, 'append');
  primeTypography(page);
  primeTypography(page);
  expect(vi.getTimerCount()).toBe(1);
  vi.runAllTimers();
  expect(append).toHaveBeenCalledTimes(1);
  primeTypography(page);
  expect(vi.getTimerCount()).toBe(0);
});

test('survives a page torn down before the browser is idle', () => {
  vi.useFakeTimers();
  vi.stubGlobal('requestIdleCallback', undefined);
  const page = freshDocument();
  primeTypography(page);
  page.documentElement.remove();
  expect(() => vi.runAllTimers()).not.toThrow();
});
