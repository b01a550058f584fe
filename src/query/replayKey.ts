import type { Mutation } from '@tanstack/react-query';

// Nesting and size limits: a key is built for every blocked mutation, so hostile or huge
// variables give up (no merging) rather than cost time.
const MAX_DEPTH = 20;
const MAX_NODES = 2_000;

/**
 * A canonical text for plain data (JSON-like values, `undefined`, bigints; object keys in any
 * order), or `undefined` for anything else (FormData, Files, Dates, Maps, class instances,
 * functions, cycles, non-finite numbers) or too large: such values are never called equal.
 */
export function plainDataKey(value: unknown): string | undefined {
  let nodes = 0;
  const visit = (item: unknown, depth: number): string | undefined => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return undefined;
    if (item === undefined) return 'u';
    if (item === null || typeof item === 'boolean' || typeof item === 'string') return JSON.stringify(item);
    if (typeof item === 'number') return Number.isFinite(item) ? JSON.stringify(item) : undefined;
    if (typeof item === 'bigint') return `${item}n`;
    if (Array.isArray(item)) {
      const parts: string[] = [];
      for (const element of item) {
        const part = visit(element, depth + 1);
        if (part === undefined) return undefined;
        parts.push(part);
      }
      return `[${parts.join(',')}]`;
    }
    if (typeof item !== 'object') return undefined;
    const prototype = Object.getPrototypeOf(item) as unknown;
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    const parts: string[] = [];
    for (const key of Object.keys(item).sort()) {
      const part = visit((item as Record<string, unknown>)[key], depth + 1);
      if (part === undefined) return undefined;
      parts.push(`${JSON.stringify(key)}:${part}`);
    }
    return `{${parts.join(',')}}`;
  };
  return visit(value, 0);
}

const functionIds = new WeakMap<object, number>();
let nextFunctionId = 1;

function functionId(fn: object): number {
  let id = functionIds.get(fn);
  if (id === undefined) {
    id = nextFunctionId++;
    functionIds.set(fn, id);
  }
  return id;
}

/**
 * The identity under which a blocked mutation waits for its replay. Two blocked mutations that
 * are the same operation share it, so the later replaces the earlier and the server gets it
 * once: the user who submitted, dismissed the dialog and submitted the same form again does not
 * pay for two orders. "The same operation" is: equal `mutationKey` (or, without one, the very
 * same `mutationFn` function) **and** equal variables, both plain data. Anything else keeps its
 * own identity (`mutation:<id>`) and is replayed on its own: two different operations are
 * never merged on a guess.
 */
export function mutationReplayKey(mutation: Mutation<unknown, Error, unknown, unknown>, variables: unknown): string {
  const own = `mutation:${mutation.mutationId}`;
  const { mutationKey, mutationFn } = mutation.options;
  const identity = mutationKey !== undefined ? plainDataKey(mutationKey) : mutationFn ? `fn${functionId(mutationFn)}` : undefined;
  const data = plainDataKey(variables);
  if (identity === undefined || data === undefined) return own;
  return `mutation:${mutationKey !== undefined ? 'key' : 'fn'}:${identity}:${data}`;
}
