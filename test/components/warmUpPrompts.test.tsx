import { act } from 'react';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type * as React from 'react';
import type * as UpdatePaymentModalModule from '../../src/components/update-payment/UpdatePaymentModal';
import type { UpdatePaymentModalProps } from '../../src/components/update-payment/UpdatePaymentModal';

// Which incidents the card modal was rendered with (the real modal renders too).
const rendered = vi.hoisted(() => [] as string[]);
const behaviour = vi.hoisted(() => ({ throws: false }));
vi.mock('../../src/components/update-payment/UpdatePaymentModal', async (importOriginal) => {
  const original = await importOriginal<typeof UpdatePaymentModalModule>();
  return {
    ...original,
    UpdatePaymentModal: (props: UpdatePaymentModalProps) => {
      rendered.push(props.incident.reason);
      if (behaviour.throws) throw new Error('a prompt that fails to render');
      return original.UpdatePaymentModal(props);
    },
  };
});

let idle: (() => void)[];
beforeEach(() => {
  vi.resetModules();
  rendered.length = 0;
  behaviour.throws = false;
  idle = [];
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  vi.doUnmock('react');
});

test('renders the commonest prompts once the browser is idle, leaving the page, focus and scrolling untouched and logging nothing', async () => {
  const logged = vi.spyOn(console, 'error');
  const warned = vi.spyOn(console, 'warn');
  const button = document.body.appendChild(document.createElement('button'));
  button.focus();
  const page = document.documentElement.outerHTML;
  const { warmUpPrompts } = await import('../../src/components/warmUpPrompts');

  warmUpPrompts();
  expect(rendered).toEqual([]);
  await act(async () => idle.shift()!());
  expect(rendered).toContain('payment_failed');
  // Hidden and detached: nothing in the page, no dialog, focus where it was, no scroll lock.
  expect(document.documentElement.outerHTML).toBe(page);
  expect(document.activeElement).toBe(button);
  // Gone at the next idle moment; a second call does nothing.
  expect(idle).toHaveLength(1);
  await act(async () => idle.shift()!());
  warmUpPrompts();
  expect(idle).toHaveLength(0);
  expect(document.documentElement.outerHTML).toBe(page);
  expect(logged).not.toHaveBeenCalled();
  expect(warned).not.toHaveBeenCalled();
  button.remove();
});

test('with a React that has no <Activity> (18, 19.0, 19.1) renders them beside a suspended component, committing nothing', async () => {
  vi.doMock('react', async (importOriginal) => ({ ...(await importOriginal<typeof React>()), Activity: undefined }));
  const logged = vi.spyOn(console, 'error');
  const page = document.documentElement.outerHTML;
  const { warmUpPrompts } = await import('../../src/components/warmUpPrompts');
  warmUpPrompts();
  await act(async () => idle.shift()!());
  expect(rendered).toContain('payment_failed');
  expect(document.documentElement.outerHTML).toBe(page);
  await act(async () => idle.shift()!());
  expect(document.documentElement.outerHTML).toBe(page);
  expect(logged).not.toHaveBeenCalled();
});

test.each([
  ['inside <Activity>', false],
  ['beside a suspended component', true],
])('a prompt that throws while warming up %s stays inside the warm-up: nothing logged, nothing thrown at the page', async (_name, withoutActivity) => {
  if (withoutActivity) vi.doMock('react', async (importOriginal) => ({ ...(await importOriginal<typeof React>()), Activity: undefined }));
  behaviour.throws = true;
  const logged = vi.spyOn(console, 'error');
  const uncaught = vi.fn();
  window.addEventListener('error', uncaught);
  const { warmUpPrompts } = await import('../../src/components/warmUpPrompts');
  warmUpPrompts();
  await act(async () => idle.shift()!());
  await act(async () => idle.shift()!());
  window.removeEventListener('error', uncaught);
  expect(rendered).toContain('payment_failed');
  expect(uncaught).not.toHaveBeenCalled();
  expect(logged).not.toHaveBeenCalled();
});
