import { useState, type ReactNode } from 'react';

/** Props every prompt takes for controlled open state. */
interface Controllable {
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/**
 * Renders a button that opens the prompt, then the prompt controlled by `open` / `onOpenChange`:
 * how an app shows a dialog on demand, and how stories check that focus returns to the button.
 */
export function WithTrigger<P extends Controllable>({
  label,
  props,
  render,
}: {
  label: string;
  props: P;
  render: (props: P) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div style={{ padding: 24 }}>
      <button type="button" className="sb-trigger" onClick={() => setOpen(true)}>
        {label}
      </button>
      {render({
        ...props,
        open,
        onOpenChange: (next: boolean) => {
          setOpen(next);
          props.onOpenChange?.(next);
        },
      })}
    </div>
  );
}
