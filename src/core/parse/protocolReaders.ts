import { readCashu } from '../formats/cashu';
import { readL402 } from '../formats/l402';
import { readOtherMicropayment } from '../formats/otherMicropayment';
import { readPayPerCrawl } from '../formats/payPerCrawl';
import { readPaymentAuth } from '../formats/paymentAuth';
import { readX402 } from '../formats/x402';
import { readX402Refusal } from '../formats/x402Refusal';
import type { FormatReader } from './draft';

/**
 * The per-request payment readers, in the order they are tried. A module of their own: the
 * client loads it only for a response that shows a sign of one (`mayAskPerRequestPayment`). A bare
 * x402 refusal comes last: a challenge from any protocol says more.
 */
export const PROTOCOL_READERS: readonly FormatReader[] = [
  readX402,
  readL402,
  readPaymentAuth,
  readPayPerCrawl,
  readCashu,
  readOtherMicropayment,
  readX402Refusal,
];
