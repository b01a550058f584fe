import { Fragment, type ComponentPropsWithoutRef } from 'react';
import type { MicropaymentRequest } from '../../core/types';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';
import { abbreviateAddress } from './micropaymentDisplay';

/** Props of {@link MicropaymentDetails}. */
export interface MicropaymentDetailsProps extends ComponentPropsWithoutRef<'dl'> {
  request: MicropaymentRequest;
  /** The formatted amount, from `formatMicropaymentAmount`; `undefined` leaves its row out (the prompt names it on its button). */
  amount: string | undefined;
}

/** What is asked, as a description list: amount, network, recipient (shortened; full in its title) and resource. */
export function MicropaymentDetails({ request, amount, className, ...props }: MicropaymentDetailsProps) {
  const messages = usePartMessages();
  const root = usePart('details', className);
  const label = usePart('detail-label');
  const value = usePart('detail-value');
  const payTo = request.payTo?.trim();
  const rows = [
    ['micropayment.amount', amount, undefined],
    ['micropayment.network', request.network, undefined],
    ['micropayment.payTo', abbreviateAddress(payTo), payTo],
    ['micropayment.resource', request.resource, undefined],
  ] as const;
  return (
    <dl {...props} {...root}>
      {rows.map(([key, text, title]) =>
        text ? (
          <Fragment key={key}>
            <dt {...label}>{messages.t(key)}</dt>
            <dd {...value} title={title}>
              {text}
            </dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
