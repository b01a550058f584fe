import { forwardRef, type ComponentPropsWithoutRef, type MouseEvent } from 'react';
import { usePart } from './parts';
import { Spinner } from './Spinner';

/** Props of {@link ActionButton}. */
export interface ActionButtonProps extends ComponentPropsWithoutRef<'button'> {
  /** What the button does, as `data-action` (e.g. `update`, `retry`, `upgrade`). */
  action: string;
  /** The main call to action (`data-primary`). */
  primary?: boolean;
  /** This button's handler is running: shows the spinner. */
  pending?: boolean;
  /** Receives focus when the dialog opens. */
  initialFocus?: boolean;
}

/**
 * A button of a prompt's actions. `disabled` is exposed as `aria-disabled` and blocks clicks
 * (the app's `onClick` included) while keeping the button focusable, so focus is not lost when
 * a handler starts running. The ref is the `<button>`.
 */
export const ActionButton = forwardRef<HTMLButtonElement, ActionButtonProps>(function ActionButton(props, ref) {
  const { action, primary, pending, initialFocus, disabled, className, onClick, children, ...rest } = props;
  const part = usePart('action', className, pending ? 'pending' : disabled ? 'disabled' : 'idle');
  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (disabled || pending) return event.preventDefault();
    onClick?.(event);
  };
  return (
    <button
      type="button"
      {...rest}
      {...part}
      ref={ref}
      data-action={action}
      data-primary={primary || undefined}
      data-pending={pending || undefined}
      data-rpr-autofocus={initialFocus || undefined}
      aria-disabled={disabled || pending || undefined}
      onClick={handleClick}
    >
      {pending ? <Spinner /> : null}
      {children}
    </button>
  );
});
