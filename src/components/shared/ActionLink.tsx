import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePart } from './parts';
import { safeHref } from './safeHref';

/** Props of {@link ActionLink}. */
export interface ActionLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href'> {
  /** Where to go; links the link policy drops (`javascript:`, `//host`, credentials …) render nothing. */
  href: string | undefined;
  /** What the link does, as `data-action` (e.g. `support`, `billing-portal`). */
  action: string;
  primary?: boolean;
  initialFocus?: boolean;
}

/** A link styled as an action, opened in a new tab so the dialog and the app's state stay put. The ref is the `<a>`. */
export const ActionLink = forwardRef<HTMLAnchorElement, ActionLinkProps>(function ActionLink(
  { href, action, primary, initialFocus, className, children, ...rest },
  ref,
) {
  const part = usePart('action', className, 'idle');
  const safe = safeHref(href);
  if (!safe) return null;
  return (
    <a
      target="_blank"
      {...rest}
      {...part}
      ref={ref}
      href={safe}
      rel="noopener noreferrer"
      data-action={action}
      data-primary={primary || undefined}
      data-rpr-autofocus={initialFocus || undefined}
    >
      {children}
    </a>
  );
});
