import * as z from 'zod/mini';
import { paymentRequiredProblemSchema } from './schemas';

const generate = () => z.toJSONSchema(paymentRequiredProblemSchema, { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;

/**
 * JSON Schema (2020-12) of the 402 problem body, generated from the zod schema the server uses.
 * Also shipped as `react-payment-required/server/problem.schema.json`.
 */
export const paymentRequiredProblemJsonSchema: Readonly<Record<string, unknown>> = /* @__PURE__ */ generate();

const header = (description: string, schema: Record<string, unknown>) => ({ description, schema });

/**
 * An OpenAPI 3.1 document holding only components: the `PaymentRequiredProblem` schema, the
 * headers, and a ready `PaymentRequired` response to reference from any operation
 * (`$ref: '…/openapi.json#/components/responses/PaymentRequired'`). Also shipped as
 * `react-payment-required/server/openapi.json`.
 */
export const paymentRequiredOpenApi: Readonly<Record<string, unknown>> = /* @__PURE__ */ (() => {
  // OpenAPI 3.1 schemas are JSON Schema 2020-12; the dialect is the document's, not repeated.
  const { $schema: _dialect, ...schema } = generate();
  return {
    openapi: '3.1.0',
    info: { title: 'react-payment-required: HTTP 402 problem', version: '1.0.0' },
    components: {
      schemas: { PaymentRequiredProblem: schema },
      headers: {
        'Retry-After': header('Seconds until the quota resets (quota_exceeded).', { type: 'integer', minimum: 0 }),
        RateLimit: header('IETF RateLimit field: the policy, remaining quota `r` and seconds to reset `t`, e.g. `"quota";r=0;t=3600`.', { type: 'string' }),
        'RateLimit-Policy': header('IETF RateLimit-Policy field: the policy and its quota `q`, e.g. `"quota";q=1000`.', { type: 'string' }),
        'PAYMENT-REQUIRED': header('x402 v2 PaymentRequired, base64-encoded JSON (micropayment_required).', { type: 'string', contentEncoding: 'base64' }),
      },
      responses: {
        PaymentRequired: {
          description: 'Payment Required: why, and what the user can do about it.',
          headers: {
            'Retry-After': { $ref: '#/components/headers/Retry-After' },
            RateLimit: { $ref: '#/components/headers/RateLimit' },
            'RateLimit-Policy': { $ref: '#/components/headers/RateLimit-Policy' },
            'PAYMENT-REQUIRED': { $ref: '#/components/headers/PAYMENT-REQUIRED' },
          },
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/PaymentRequiredProblem' } } },
        },
      },
    },
  };
})();
