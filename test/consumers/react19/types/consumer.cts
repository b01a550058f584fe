// A CommonJS consumer: `require` resolves the package's CJS entries and their .d.cts types.
import { parsePaymentRequired } from 'react-payment-required/parse';
import { PaymentRequiredError } from 'react-payment-required/core';

export const incident = parsePaymentRequired({ status: 402, body: { error: { code: 'expired_card' } } });
export const error = new PaymentRequiredError({ body: {} });
