import type { PaymentRequiredInput } from '../core/types';

/** Reads the HTTP status, headers and decoded body off something a fetcher threw; null/undefined when it does not recognise it. Must never throw and never read a body stream. */
export type FailureExtractor = (error: unknown) => PaymentRequiredInput | null | undefined;
