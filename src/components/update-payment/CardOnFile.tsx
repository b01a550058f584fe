import { useState, type ComponentPropsWithoutRef } from 'react';
import type { PaymentMethodSummary } from '../../core/types';
import { usePartMessages } from '../shared/partMessages';
import { usePart } from '../shared/parts';
import { visuallyHidden } from '../shared/visuallyHidden';
import { toCardDisplay } from './cardDisplay';

/** Props of {@link CardOnFile}. */
export interface CardOnFileProps extends ComponentPropsWithoutRef<'div'> {
  paymentMethod: PaymentMethodSummary;
}

const EXPIRY_FORMAT: Intl.DateTimeFormatOptions = { month: '2-digit', year: 'numeric', timeZone: 'UTC' };

/**
 * The payment method on file: brand, `•••• 4242` (read as "ending in 4242") and expiry, marked
 * `data-state="expired"` with the word "Expired" when it has run out. Renders nothing when the
 * server said nothing displayable.
 */
export function CardOnFile({ paymentMethod, className, ...props }: CardOnFileProps) {
  const messages = usePartMessages();
  const [now] = useState(() => Date.now());
  const card = toCardDisplay(paymentMethod);
  const expired = card.expiresAt !== undefined && card.expiresAt <= now;
  const root = usePart('card', className, expired ? 'expired' : 'valid');
  const label = usePart('card-label');
  const brand = usePart('card-brand');
  const number = usePart('card-number');
  const expiry = usePart('card-expiry');
  if (!card.brand && !card.last4 && card.expiryMonth === undefined) return null;
  const date = card.expiryMonth === undefined ? undefined : messages.date(card.expiryMonth, EXPIRY_FORMAT);
  return (
    <div {...props} {...root}>
      <span {...label}>{messages.t('card.label')}</span>
      {card.brand ? <span {...brand}>{card.brand}</span> : null}
      {card.last4 ? (
        <span {...number}>
          <span aria-hidden="true">•••• {card.last4}</span>
          <span style={visuallyHidden}>{messages.t('card.endingIn', { last4: card.last4 })}</span>
        </span>
      ) : null}
      {date ? <span {...expiry}>{messages.t(expired ? 'card.expired' : 'card.expires', { date })}</span> : null}
    </div>
  );
}
