import { afterEach, expect, test, vi } from 'vitest';
import { primeFirstDialog } from '../../src/components/dialog/primeFirstDialog';

afterEach(() => {
  vi.restoreAllMocks();
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
  primeFirstDialog(page);
  expect(page.body.innerHTML).toBe(before);
  expect(idle).toHaveLength(2);

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
  primeFirstDialog(page);
  primeFirstDialog(page);
  expect(idle).toHaveLength(2);
  idle.forEach((task) => task());
  expect(append).toHaveBeenCalledTimes(1);
  primeFirstDialog(page);
  expect(idle).toHaveLength(2);
});

test('survives a page torn down before the browser is idle', () => {
  const idle: (() => void)[] = [];
  const page = freshPage(idle);
  primeFirstDialog(page);
  expect(idle).toHaveLength(2);
  page.documentElement.remove();
  expect(() => idle.forEach((callback) => callback())).not.toThrow();
});

test('where the browser cannot say when it is idle, nothing is scheduled', () => {
  vi.useFakeTimers();
  const page = freshPage(undefined);
  const append = vi.spyOn(page.body, 'append');
  primeFirstDialog(page);
  expect(vi.getTimerCount()).toBe(0);
  expect(append).not.toHaveBeenCalled();
});

test('builds a number and a date formatter in an idle task of its own, which the dialog then reuses', async () => {
  // Fresh modules: the formatters are cached per page, and the tests above built them already.
  vi.resetModules();
  const { primeFirstDialog } = await import('../../src/components/dialog/primeFirstDialog');
  const { catalogueFormatter } = await import('../../src/messages/catalogueFormatter');
  const { en } = await import('../../src/messages/en');
  const idle: (() => void)[] = [];
  const page = freshPage(idle);
  const built = { NumberFormat: 0, DateTimeFormat: 0 };
  const counting = (name: keyof typeof built) =>
    new Proxy(Intl[name], {
      construct(target, args: unknown[]) {
        built[name]++;
        return Reflect.construct(target, args) as object;
      },
    });
  vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { NumberFormat: counting('NumberFormat'), DateTimeFormat: counting('DateTimeFormat') }));
  primeFirstDialog(page);
  expect(built).toEqual({ NumberFormat: 0, DateTimeFormat: 0 });
  idle[1]!();
  expect(built).toEqual({ NumberFormat: 1, DateTimeFormat: 1 });
  // What the prompts format with no locale given comes from the instance built at idle (the
  // comparison builds the second one).
  expect(catalogueFormatter(en, undefined).number(1000)).toBe(new Intl.NumberFormat().format(1000));
  expect(built.NumberFormat).toBe(2);
});
