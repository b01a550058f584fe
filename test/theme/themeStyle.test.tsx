import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { DialogRoot, DialogTitle } from '../../src/components/dialog';
import { PaymentRequiredProvider } from '../../src/react/PaymentRequiredProvider';
import { createThemeStyle, isSafeTokenValue } from '../../src/theme/themeStyle';

describe('createThemeStyle', () => {
  test('a partial theme becomes a scoped rule in the rpr.theme layer', () => {
    const style = createThemeStyle({ colorPrimary: '#6d28d9', radius: '12px', colorScheme: 'dark' });
    expect(style).not.toBeNull();
    expect(style!.css).toBe(
      `@layer rpr.base,rpr.theme;@layer rpr.theme{:where([data-rpr-theme="${style!.id}"]){\n--rpr-color-primary:#6d28d9;\n--rpr-radius:12px}}`,
    );
  });

  test('equal themes share an id; different ones do not', () => {
    expect(createThemeStyle({ colorPrimary: 'red' })!.id).toBe(createThemeStyle({ colorPrimary: 'red' })!.id);
    expect(createThemeStyle({ colorPrimary: 'red' })!.id).not.toBe(createThemeStyle({ colorPrimary: 'blue' })!.id);
  });

  test('nothing to write: null', () => {
    expect(createThemeStyle(undefined)).toBeNull();
    expect(createThemeStyle({})).toBeNull();
    expect(createThemeStyle({ colorScheme: 'dark' })).toBeNull();
  });

  test.each([
    'red;} body{display:none',
    'red}',
    '{',
    'url(x',
    'a)',
    '"unterminated',
    'red\n--rpr-x:1',
    'red /* comment',
    '</style><script>alert(1)</script>',
    'a\\',
    '',
    '   ',
  ])('drops a value that could break out of its declaration: %j', (value) => {
    expect(isSafeTokenValue(value)).toBe(false);
    expect(createThemeStyle({ colorPrimary: value })).toBeNull();
  });

  test.each([
    '#6d28d9',
    'rgb(109 40 217 / 50%)',
    'light-dark(#fff, #000)',
    '"Inter", system-ui, sans-serif',
    'calc(2 * var(--rpr-space))',
    '0 1px 2px #0003, 0 8px 24px #0002',
  ])('keeps a normal value: %j', (value) => {
    expect(isSafeTokenValue(value)).toBe(true);
  });

  test('ignores keys that are not token names', () => {
    const style = createThemeStyle({ colorPrimary: 'red', ['bad key;}' as 'radius']: '1px' });
    expect(style!.css).not.toContain('bad');
  });
});

describe('theme on components', () => {
  test('the theme prop scopes tokens with a <style>, never an inline style', () => {
    render(
      <DialogRoot theme={{ colorPrimary: '#6d28d9', colorScheme: 'dark' }}>
        <DialogTitle>Title</DialogTitle>
      </DialogRoot>,
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveAttribute('data-rpr-root', '');
    expect(dialog).toHaveAttribute('data-theme', 'dark');
    expect(dialog).not.toHaveAttribute('style');
    const id = dialog.getAttribute('data-rpr-theme');
    expect(id).toBeTruthy();
    const styles = [...document.querySelectorAll('style')].map((element) => element.textContent).join('\n');
    expect(styles).toContain(`:where([data-rpr-theme="${id}"])`);
    expect(styles).toContain('--rpr-color-primary:#6d28d9');
  });

  test("the provider's theme and unstyled switch reach standalone components", () => {
    const client = new QueryClient();
    const { rerender } = render(
      <QueryClientProvider client={client}>
        <PaymentRequiredProvider autoUI={false} theme={{ colorScheme: 'dark' }}>
          <DialogRoot>
            <DialogTitle>Title</DialogTitle>
          </DialogRoot>
        </PaymentRequiredProvider>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('dialog')).toHaveAttribute('data-theme', 'dark');
    expect(screen.getByRole('dialog')).toHaveClass('rpr-dialog');

    rerender(
      <QueryClientProvider client={client}>
        <PaymentRequiredProvider autoUI={false} unstyled>
          <DialogRoot>
            <DialogTitle className="app-title">Title</DialogTitle>
          </DialogRoot>
        </PaymentRequiredProvider>
      </QueryClientProvider>,
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog).not.toHaveAttribute('data-rpr-root');
    expect(dialog).not.toHaveAttribute('class');
    expect(dialog).toHaveAttribute('data-part', 'dialog');
    expect(screen.getByRole('heading')).toHaveAttribute('class', 'app-title');
  });
});
