import type * as z from 'zod/mini';
import type { LinkPolicy } from '../links';
import type { PaymentRequiredIncident, PaymentRequiredInput, PaymentRequiredReason } from '../types';

/** What a custom format's mapper returns: a reason plus any incident fields it can fill. */
export type CustomFormatResult = Partial<Omit<PaymentRequiredIncident, 'raw' | 'status' | 'format'>> & {
  reason: PaymentRequiredReason;
};

/** An app's own 402 body format: a zod schema (classic or mini) and a mapper to incident fields. */
export interface CustomFormat<T = unknown> {
  /** Shown nowhere; names the format in debugging. */
  name: string;
  /** Matched against the decoded body (JSON value, or text when the body is not JSON). */
  schema: z.core.$ZodType<T>;
  /** Maps the parsed body; `null` lets the built-in formats try. Output is sanitized like the rest. */
  map(data: T, input: PaymentRequiredInput): CustomFormatResult | null;
}

/** Options of `parsePaymentRequired`. */
export interface ParseOptions {
  /** HTTP statuses treated as payment problems; default `[402]`. Others only yield an incident when a billing signal is found. */
  statuses?: readonly number[];
  /** App formats, tried before the built-in ones. */
  formats?: readonly CustomFormat[];
  /** Which server links are kept. */
  links?: LinkPolicy;
  /** Longest `message` kept, in characters; default 500. */
  maxMessageLength?: number;
  /** Clock, for tests; default `Date.now`. */
  now?: () => number;
}

/** The statuses handled when `statuses` is not given. */
export const DEFAULT_STATUSES: readonly number[] = [402];

/** Declares a custom format with its body type inferred from the schema. */
export function defineFormat<T>(format: CustomFormat<T>): CustomFormat<T> {
  return format;
}
