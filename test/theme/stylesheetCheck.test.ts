import { afterEach, describe, expect, test, vi } from 'vitest';

// Each test loads the module afresh: the check runs once per page.
async function freshCheck() {
  vi.resetModules();
  return (await import('../../src/theme/stylesheetCheck')).warnIfStylesheetMissing;
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('development warning for a missing stylesheet', () => {
  test('names the import to add, once per page, when styles.css is not loaded', async () => {
    const standIn = document.head.querySelector('style[data-test="styles.css"]')!;
    standIn.remove();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const check = await freshCheck();
      check(document);
      check(document);
      await nextFrame();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]![0])).toContain("import 'react-payment-required/styles.css'");
      // The probe element is gone again.
      expect(document.querySelector('[data-rpr-root][hidden]')).toBeNull();
    } finally {
      document.head.append(standIn);
    }
  });

  test('says nothing when the stylesheet is there', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const check = await freshCheck();
    check(document);
    await nextFrame();
    expect(warn).not.toHaveBeenCalled();
  });
});
