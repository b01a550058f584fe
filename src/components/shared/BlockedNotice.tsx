import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { usePartMessages } from './partMessages';
import { usePart } from './parts';

/** Props of {@link BlockedNotice}. */
export interface BlockedNoticeProps extends ComponentPropsWithoutRef<'p'> {
  /** How many queries and mutations wait on the incident. Nothing renders for 0. */
  count: number;
}

/** Reassures the user that what they were doing is kept and will finish on its own ("nothing lost"). The ref is the `<p>`. */
export const BlockedNotice = forwardRef<HTMLParagraphElement, BlockedNoticeProps>(function BlockedNotice(
  { count, className, children, ...props },
  ref,
) {
  const messages = usePartMessages();
  const part = usePart('blocked', className);
  if (!(count > 0)) return null;
  return (
    <p {...props} {...part} ref={ref}>
      {children ?? messages.t('blocked', { count })}
    </p>
  );
});
