// `react-payment-required/server`: emit 402s the client understands. No React, no DOM: Web
// `Response` and plain data only, for Node 18+, Deno, Bun, Cloudflare Workers and every framework.
export { paymentRequiredResponse, type PaymentRequiredResponseInit } from './response';
export { paymentRequiredProblem, type PaymentRequiredProblem } from './problem';
export { PAYMENT_REQUIRED_EXPOSED_HEADERS, exposeHeaders } from './headers';
export { PROBLEM_TYPES } from './problemTypes';
export { paymentRequiredProblemSchema, type PaymentRequiredOptions, type PaymentRequiredProblemBody } from './schemas';
export { paymentRequiredProblemJsonSchema, paymentRequiredOpenApi } from './jsonSchema';
