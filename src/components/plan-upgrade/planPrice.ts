import type { Plan } from '../../core/types';
import type { MessageFormatter } from '../../messages/formatter';

/** A plan's price for display: "$29/month", "Free", or `undefined` when the plan has none. */
export function formatPlanPrice(plan: Plan, messages: MessageFormatter): string | undefined {
  const { price } = plan;
  if (!price || !Number.isFinite(price.amount)) return undefined;
  if (price.amount === 0) return messages.t('upgrade.free');
  const amount = messages.money(price.amount, price.currency);
  return price.interval ? messages.t(`price.${price.interval}`, { price: amount }) : amount;
}
