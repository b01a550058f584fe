import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import {
  ActionButton,
  ActionLink,
  BlockedNotice,
  DialogActions,
  DialogClose,
  DialogDescription,
  DialogRoot,
  DialogTitle,
  HandlerError,
  HandlerStatus,
  PanelRoot,
  PromptRoot,
  ServerMessage,
} from '../../src/components';
import { Spinner } from '../../src/components/shared/Spinner';

// Parts behave like the elements they render (Radix, React Aria): they take a ref, and the
// app's handlers run first and may preventDefault() the part's own.

test('every dialog part and shared part forwards its ref to its element', () => {
  const refs = {
    root: createRef<HTMLDialogElement>(),
    title: createRef<HTMLHeadingElement>(),
    description: createRef<HTMLParagraphElement>(),
    actions: createRef<HTMLDivElement>(),
    close: createRef<HTMLButtonElement>(),
    button: createRef<HTMLButtonElement>(),
    link: createRef<HTMLAnchorElement>(),
    blocked: createRef<HTMLParagraphElement>(),
    error: createRef<HTMLParagraphElement>(),
    status: createRef<HTMLParagraphElement>(),
    message: createRef<HTMLParagraphElement>(),
    spinner: createRef<HTMLSpanElement>(),
  };
  render(
    <DialogRoot ref={refs.root}>
      <DialogTitle ref={refs.title}>Title</DialogTitle>
      <DialogDescription ref={refs.description}>Description</DialogDescription>
      <ServerMessage ref={refs.message}>Server text</ServerMessage>
      <BlockedNotice ref={refs.blocked} count={2} />
      <HandlerError ref={refs.error} error={new Error('Nope')} />
      <HandlerStatus ref={refs.status} pending />
      <Spinner ref={refs.spinner} />
      <DialogActions ref={refs.actions}>
        <ActionButton ref={refs.button} action="update">
          Update
        </ActionButton>
        <ActionLink ref={refs.link} action="support" href="https://help.example.com">
          Help
        </ActionLink>
        <DialogClose ref={refs.close}>Not now</DialogClose>
      </DialogActions>
    </DialogRoot>,
  );
  const expected: Record<keyof typeof refs, string> = {
    root: 'DIALOG',
    title: 'H2',
    description: 'P',
    actions: 'DIV',
    close: 'BUTTON',
    button: 'BUTTON',
    link: 'A',
    blocked: 'P',
    error: 'P',
    status: 'P',
    message: 'P',
    spinner: 'SPAN',
  };
  for (const [name, ref] of Object.entries(refs)) {
    expect(ref.current?.tagName, name).toBe(expected[name as keyof typeof refs]);
    expect(ref.current?.isConnected, name).toBe(true);
  }
  expect(refs.close.current).toHaveTextContent('Not now');
  expect(refs.title.current).toHaveTextContent('Title');
});

test('PanelRoot and PromptRoot forward their refs (section, or dialog for the modal variant); callback refs work too', () => {
  const panel = createRef<HTMLElement>();
  const prompt = createRef<HTMLElement>();
  const seen: (HTMLElement | null)[] = [];
  render(
    <>
      <PanelRoot ref={panel}>
        <DialogTitle>Panel</DialogTitle>
      </PanelRoot>
      <PromptRoot ref={prompt} variant="banner">
        <DialogTitle>Banner</DialogTitle>
      </PromptRoot>
      <PromptRoot ref={(node) => void seen.push(node)} aria-label="Modal" />
    </>,
  );
  expect(panel.current?.tagName).toBe('SECTION');
  expect(prompt.current).toHaveAttribute('data-variant', 'banner');
  expect(seen.at(-1)?.tagName).toBe('DIALOG');
});

test('onOpenChange fires after a native close even when the app passes onClose, which runs first', async () => {
  const calls: string[] = [];
  render(
    <DialogRoot onOpenChange={(open) => calls.push(`openChange:${open}`)} onClose={() => calls.push('app:onClose')}>
      <DialogTitle>Title</DialogTitle>
    </DialogRoot>,
  );
  // A close the library did not ask for (the browser's own, e.g. a form with method="dialog").
  act(() => screen.getByRole<HTMLDialogElement>('dialog').close());
  await waitFor(() => expect(calls).toEqual(['app:onClose', 'openChange:false']));
});

test("DialogClose: the app's onClick runs first and may preventDefault() the close", async () => {
  const user = userEvent.setup();
  const onOpenChange = vi.fn();
  const { rerender } = render(
    <DialogRoot onOpenChange={onOpenChange}>
      <DialogTitle>Title</DialogTitle>
      <DialogClose onClick={(event) => event.preventDefault()}>Not now</DialogClose>
    </DialogRoot>,
  );
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  expect(onOpenChange).not.toHaveBeenCalled();

  const order: string[] = [];
  rerender(
    <DialogRoot onOpenChange={(open) => order.push(`openChange:${open}`)}>
      <DialogTitle>Title</DialogTitle>
      <DialogClose onClick={() => order.push('app:onClick')}>Not now</DialogClose>
    </DialogRoot>,
  );
  await user.click(screen.getByRole('button', { name: 'Not now' }));
  expect(order).toEqual(['app:onClick', 'openChange:false']);
});

test("the app's other handlers on parts are called", async () => {
  const user = userEvent.setup();
  const onKeyDown = vi.fn();
  const onFocus = vi.fn();
  render(
    <DialogRoot onKeyDown={onKeyDown}>
      <DialogTitle>Title</DialogTitle>
      <DialogActions>
        <ActionButton action="x" onFocus={onFocus}>
          X
        </ActionButton>
      </DialogActions>
    </DialogRoot>,
  );
  screen.getByRole('button', { name: 'X' }).focus();
  await user.keyboard('a');
  expect(onFocus).toHaveBeenCalled();
  expect(onKeyDown).toHaveBeenCalled();
});

describe('aria-labelledby and aria-describedby only point at mounted parts', () => {
  test('a dialog without a title has no aria-labelledby; with one, it names the title', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(
      <DialogRoot>
        <DialogDescription>Only a description</DialogDescription>
      </DialogRoot>,
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog).not.toHaveAttribute('aria-labelledby');
    expect(dialog).toHaveAccessibleDescription('Only a description');

    rerender(
      <DialogRoot>
        <DialogTitle>Now titled</DialogTitle>
      </DialogRoot>,
    );
    expect(screen.getByRole('dialog', { name: 'Now titled' })).not.toHaveAttribute('aria-describedby');
    vi.restoreAllMocks();
  });

  test('a panel without a title has no aria-labelledby', () => {
    render(
      <PanelRoot data-testid="panel">
        <p>Body</p>
      </PanelRoot>,
    );
    expect(screen.getByTestId('panel')).not.toHaveAttribute('aria-labelledby');
    expect(screen.getByTestId('panel')).not.toHaveAttribute('aria-describedby');
  });
});
