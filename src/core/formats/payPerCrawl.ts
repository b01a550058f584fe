import type { FormatReader } from '../parse/draft';
import { payPerCrawlSigns } from './perRequestSigns';

/**
 * Cloudflare pay-per-crawl: `crawler-price: USD 0.01` is the offer; `crawler-error` says why a
 * paid attempt was refused (`InvalidCrawlerMaxPrice`, `PaymentFailed` → the payment failed;
 * `MissingCrawlerPrice` or none → a price must be offered; `InvalidContentPrice`, the site's own
 * price, is nothing the payer can fix).
 */
export const readPayPerCrawl: FormatReader = (ctx) => {
  if (!payPerCrawlSigns(ctx)) return undefined;
  const price = ctx.header('crawler-price');
  const error = ctx.header('crawler-error')?.trim();
  if (!price && !error) return undefined;
  const m = /^\s*([a-z]{3})\s+(\d{1,12}(?:\.\d{1,12})?)\s*$/i.exec(price ?? '');
  return {
    format: 'pay-per-crawl',
    reason: !error || /^missing/i.test(error) ? 'micropayment_required' : /content/i.test(error) ? 'unknown' : 'payment_failed',
    code: error,
    micropayment: {
      protocol: 'pay-per-crawl',
      amount: m?.[2],
      displayAmount: m?.[2],
      currency: m?.[1]?.toUpperCase(),
      resource: ctx.url,
      paymentHeader: 'crawler-exact-price',
      options: [],
    },
  };
};
