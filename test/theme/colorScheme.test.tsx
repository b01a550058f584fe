import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DialogRoot } from '../../src/components/dialog/DialogRoot';
import { DialogTitle } from '../../src/components/dialog/DialogTitle';
import { resolveColorScheme } from '../../src/theme/colorScheme';
import type { ColorScheme } from '../../src/theme/tokens';

/** A stand-in for the OS preference, with the `change` event the browser fires. */
function emulateOsScheme(initial: 'light' | 'dark') {
  let dark = initial === 'dark';
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && dark;
    },
    media: query,
    addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    set(scheme: 'light' | 'dark') {
      dark = scheme === 'dark';
      for (const listener of listeners) listener();
    },
    listeners,
  };
}

function renderDialog(colorScheme?: ColorScheme) {
  return render(
    <DialogRoot theme={colorScheme ? { colorScheme } : undefined}>
      <DialogTitle>Title</DialogTitle>
    </DialogRoot>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
  document.head.querySelectorAll('meta[name="color-scheme"]').forEach((meta) => meta.remove());
});

describe('the colour set of a component root', () => {
  test('light when neither the app nor the page says anything, whatever the OS prefers', () => {
    emulateOsScheme('dark');
    renderDialog();
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'light');
  });

  test('follows a page that declares `color-scheme: light dark` and the OS preference, live', () => {
    const os = emulateOsScheme('dark');
    document.documentElement.style.colorScheme = 'light dark';
    renderDialog();
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'dark');
    act(() => os.set('light'));
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'light');
  });

  test('dark on a page that declares only dark, even when the OS prefers light', () => {
    emulateOsScheme('light');
    document.documentElement.style.colorScheme = 'dark';
    renderDialog();
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'dark');
  });

  test('reads <meta name="color-scheme"> when no element declares one', () => {
    emulateOsScheme('dark');
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    expect(resolveColorScheme(undefined, document)).toBe('dark');
  });

  test("follows the page's own theme switch", async () => {
    emulateOsScheme('light');
    renderDialog();
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'light');
    // An app's dark-mode toggle: a style change on <html>, seen by a MutationObserver.
    await act(async () => {
      document.documentElement.style.colorScheme = 'dark';
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'dark');
  });

  test('theme.colorScheme wins over the page; `system` follows the OS', () => {
    const os = emulateOsScheme('dark');
    document.documentElement.style.colorScheme = 'dark';
    const { unmount } = renderDialog('light');
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'light');
    unmount();
    renderDialog('system');
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'dark');
    act(() => os.set('light'));
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'light');
  });

  test('stops listening when the last root unmounts', () => {
    const os = emulateOsScheme('light');
    const { unmount } = renderDialog('system');
    expect(os.listeners.size).toBeGreaterThan(0);
    unmount();
    expect(os.listeners.size).toBe(0);
  });

  test('many roots share one page watcher, which stops with the last of them', () => {
    const os = emulateOsScheme('light');
    const Observer = window.MutationObserver;
    let created = 0;
    let disconnected = 0;
    class CountingObserver extends Observer {
      constructor(callback: MutationCallback) {
        super(callback);
        created++;
      }
      override disconnect() {
        disconnected++;
        super.disconnect();
      }
    }
    vi.stubGlobal('MutationObserver', CountingObserver);
    const { unmount } = render(
      <>
        {Array.from({ length: 50 }, (_, i) => (
          <DialogRoot key={i}>
            <DialogTitle>Title {i}</DialogTitle>
          </DialogRoot>
        ))}
      </>,
    );
    expect(created).toBe(1);
    expect(os.listeners.size).toBe(1);
    unmount();
    expect(disconnected).toBe(1);
    expect(os.listeners.size).toBe(0);
  });
});
