import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderToString } from 'react-dom/server';
import {
  ActionButton,
  DialogActions,
  DialogClose,
  DialogDescription,
  DialogRoot,
  DialogTitle,
  PanelRoot,
  type DialogRootProps,
} from '../../src/components';

function Example(props: Partial<DialogRootProps> & { withTitle?: boolean }) {
  const { withTitle = true, ...rootProps } = props;
  const [open, setOpen] = useState(false);
  return (
    <>
      <button onClick={() => setOpen(true)}>Open</button>
      <DialogRoot open={open} onOpenChange={setOpen} {...rootProps}>
        {withTitle ? <DialogTitle>Card declined</DialogTitle> : null}
        <DialogDescription>Use another card.</DialogDescription>
        <DialogActions>
          <ActionButton action="other">Other</ActionButton>
          <ActionButton action="update" primary initialFocus>
            Update
          </ActionButton>
          <DialogClose>Not now</DialogClose>
        </DialogActions>
      </DialogRoot>
    </>
  );
}

test('labelled by its title, described by its description, focus on the primary action', async () => {
  const user = userEvent.setup();
  render(<Example />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  const dialog = screen.getByRole('dialog', { name: 'Card declined' });
  expect(dialog).toHaveAccessibleDescription('Use another card.');
  expect(dialog).toHaveAttribute('open');
  expect(dialog).toHaveAttribute('data-state', 'open');
  expect(screen.getByRole('button', { name: 'Update' })).toHaveFocus();
});

test('Escape closes when dismissible and focus returns to the opener', async () => {
  const user = userEvent.setup();
  render(<Example />);
  const opener = screen.getByRole('button', { name: 'Open' });
  await user.click(opener);
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(opener).toHaveFocus();
});

test('Escape does nothing when not dismissible, and "Not now" is disabled', async () => {
  const user = userEvent.setup();
  const onOpenChange = vi.fn();
  render(
    <DialogRoot dismissible={false} onOpenChange={onOpenChange}>
      <DialogTitle>Locked</DialogTitle>
      <DialogClose>Not now</DialogClose>
    </DialogRoot>,
  );
  await user.keyboard('{Escape}');
  expect(screen.getByRole('dialog')).toHaveAttribute('open');
  expect(screen.getByRole('button', { name: 'Not now' })).toHaveAttribute('aria-disabled', 'true');
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  expect(onOpenChange).not.toHaveBeenCalled();
  expect(screen.getByRole('dialog')).toBeInTheDocument();
});

test("the app's onCancel runs first and may prevent the close", async () => {
  const user = userEvent.setup();
  const onOpenChange = vi.fn();
  render(
    <DialogRoot onOpenChange={onOpenChange} onCancel={(event) => event.preventDefault()}>
      <DialogTitle>Title</DialogTitle>
    </DialogRoot>,
  );
  await user.keyboard('{Escape}');
  expect(onOpenChange).not.toHaveBeenCalled();
  expect(screen.getByRole('dialog')).toHaveAttribute('open');
});

test("DialogClose: the app's onClick may prevent the close", async () => {
  const user = userEvent.setup();
  const onOpenChange = vi.fn();
  render(
    <DialogRoot onOpenChange={onOpenChange}>
      <DialogTitle>Title</DialogTitle>
      <DialogClose onClick={(event) => event.preventDefault()}>Stay</DialogClose>
      <DialogClose>Leave</DialogClose>
    </DialogRoot>,
  );
  await user.click(screen.getByRole('button', { name: 'Stay' }));
  expect(onOpenChange).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Leave' }));
  expect(onOpenChange).toHaveBeenCalledWith(false);
  // Uncontrolled (no `open` prop): it closes itself.
  expect(screen.queryByRole('dialog')).toBeNull();
});

test('Tab moves through the actions in order, primary first', async () => {
  const user = userEvent.setup();
  render(
    <DialogRoot>
      <DialogTitle>Title</DialogTitle>
      <DialogActions>
        <ActionButton action="a" primary initialFocus>
          First
        </ActionButton>
        <ActionButton action="b">Second</ActionButton>
        <DialogClose>Third</DialogClose>
      </DialogActions>
    </DialogRoot>,
  );
  expect(screen.getByRole('button', { name: 'First' })).toHaveFocus();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Second' })).toHaveFocus();
  await user.tab();
  expect(screen.getByRole('button', { name: 'Third' })).toHaveFocus();
});

test('the page does not scroll while a dialog is open; styles are restored after', async () => {
  const user = userEvent.setup();
  const root = document.documentElement;
  root.style.overflow = 'scroll';
  render(<Example />);
  await user.click(screen.getByRole('button', { name: 'Open' }));
  expect(root.style.overflow).toBe('hidden');
  await user.keyboard('{Escape}');
  expect(root.style.overflow).toBe('scroll');
  root.style.overflow = '';
});

test('unmounting an open dialog restores focus and scroll', () => {
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const { unmount } = render(
    <DialogRoot>
      <DialogTitle>Title</DialogTitle>
      <ActionButton action="x" initialFocus>
        X
      </ActionButton>
    </DialogRoot>,
  );
  expect(screen.getByRole('button', { name: 'X' })).toHaveFocus();
  unmount();
  expect(opener).toHaveFocus();
  expect(document.documentElement.style.overflow).toBe('');
  opener.remove();
});

test('a native close (e.g. a second Escape the browser will not let us cancel) updates the state', async () => {
  const onOpenChange = vi.fn();
  render(
    <DialogRoot onOpenChange={onOpenChange}>
      <DialogTitle>Title</DialogTitle>
    </DialogRoot>,
  );
  (screen.getByRole('dialog') as HTMLDialogElement).close();
  await waitFor(() => expect(onOpenChange).toHaveBeenCalledWith(false));
});

test('a non-dismissible dialog closed natively opens again', async () => {
  render(
    <DialogRoot dismissible={false}>
      <DialogTitle>Title</DialogTitle>
    </DialogRoot>,
  );
  const dialog = screen.getByRole('dialog') as HTMLDialogElement;
  dialog.close();
  await waitFor(() => expect(dialog).toHaveAttribute('open'));
});

test('warns in development when a dialog has no title', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  render(<Example withTitle={false} defaultOpen open={undefined} />);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('no title'));
  warn.mockRestore();
});

test('no warning when the app labels the dialog itself', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  render(
    <DialogRoot aria-label="Billing">
      <p>Body</p>
    </DialogRoot>,
  );
  expect(screen.getByRole('dialog', { name: 'Billing' })).not.toHaveAttribute('aria-labelledby');
  expect(warn).not.toHaveBeenCalled();
  warn.mockRestore();
});

test('parts name themselves when used outside a root', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  expect(() => render(<DialogTitle>Lost</DialogTitle>)).toThrow('`DialogTitle` must be used within `DialogRoot`');
  vi.mocked(console.error).mockRestore();
});

test('renders on the server without touching the DOM', () => {
  const html = renderToString(
    <DialogRoot>
      <DialogTitle>Title</DialogTitle>
    </DialogRoot>,
  );
  expect(html).toContain('<dialog');
  expect(html).not.toContain(' open=');
});

test('PanelRoot: an inline region labelled by its title; closing hides it', async () => {
  const user = userEvent.setup();
  render(
    <PanelRoot variant="banner">
      <DialogTitle>Quota</DialogTitle>
      <DialogDescription>Used up.</DialogDescription>
      <DialogClose>Hide</DialogClose>
    </PanelRoot>,
  );
  const region = screen.getByRole('region', { name: 'Quota' });
  expect(region).toHaveAccessibleDescription('Used up.');
  expect(region).toHaveAttribute('data-variant', 'banner');
  expect(screen.queryByRole('dialog')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Hide' }));
  expect(screen.queryByRole('region')).toBeNull();
});

test('a cancel the browser will not let us prevent is left to the close event (one onOpenChange)', async () => {
  const onOpenChange = vi.fn();
  render(
    <DialogRoot onOpenChange={onOpenChange}>
      <DialogTitle>Title</DialogTitle>
    </DialogRoot>,
  );
  const dialog = screen.getByRole('dialog') as HTMLDialogElement;
  if (dialog.dispatchEvent(new Event('cancel', { cancelable: false }))) dialog.close();
  await waitFor(() => expect(onOpenChange).toHaveBeenCalledTimes(1));
  expect(onOpenChange).toHaveBeenCalledWith(false);
});
