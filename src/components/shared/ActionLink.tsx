import type { ComponentPropsWithoutRef } from 'react';
import { usePart } from './parts';
import { safeHref } from './safeHref';

/** Props of {@link ActionLink}. */
export interface ActionLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href'> {
  /** Where to go; unsafe URLs (`javascript:`, `data:` …) render nothing. */
  href: string | undefined;
  /** What the link does, as `data-action` (e.g. `support`, `billing-portal`). */
  action: string;
  primary?: boolean;
  initialFocus?: boolean;
}

/** A link styled as an action, opened in a new tab so the dialog and the app's state stay put. */
export function ActionLink({ href, action, primary, initialFocus, className, children, ...rest }: ActionLinkProps) {
  const part = usePart('action', className, 'idle');
  const safe = safeHref(href);
  if (!safe) return null;
  return (
    <a
      target="_blank"
      {...rest}
      {...part}
      href={safe}
      rel="noopener noreferrer"
      data-action={action}
      data-primary={primary || undefined}
      data-rpr-autofocus={initialFocus || undefined}
    >
      {children}
    </a>
  );
}
