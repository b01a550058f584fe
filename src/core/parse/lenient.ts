import * as z from 'zod/mini';

/**
 * Non-strict building blocks for the format schemas: a field of the wrong type reads as missing
 * instead of failing the whole body, and unknown keys are dropped from the parsed copy (so a
 * server's `__proto__` never reaches our objects).
 */
export const maybe = <T extends z.core.SomeType>(schema: T) => z.catch(z.optional(schema), undefined);

/** An optional string field. */
export const text = maybe(z.string());

/** An optional number field. */
export const num = maybe(z.number());

/** An optional amount: digits as a string or a number, read as a string. */
export const amount = maybe(
  z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((v) => String(v)),
  ),
);

/** An optional list of anything. */
export const list = maybe(z.array(z.unknown()));

/** Parses with a format schema; undefined on mismatch, and on objects whose getters throw. */
export function read<T>(schema: z.core.$ZodType<T>, value: unknown): T | undefined {
  try {
    return z.safeParse(schema, value).data;
  } catch {
    return undefined;
  }
}
