import { numberFormat, unitListFormat } from './intl';

const UNITS = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
] as const;

type DurationUnit = (typeof UNITS)[number][0];

const formatUnit = (locale: string | undefined, unit: DurationUnit, count: number) =>
  numberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);

/**
 * A duration in words for `locale`, to the largest unit and the next one when it is not zero:
 * "2 days, 3 hours", "4 minutes, 5 seconds", "1 hour", "0 seconds". Negative counts as 0.
 */
export function formatDuration(seconds: number, locale: string | undefined): string {
  const total = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  const found = UNITS.findIndex(([, size]) => total >= size);
  const index = found === -1 ? UNITS.length - 1 : found;
  const [unit, size] = UNITS[index]!;
  const parts = [formatUnit(locale, unit, Math.floor(total / size))];
  const next = UNITS[index + 1];
  const nextCount = next ? Math.floor((total % size) / next[1]) : 0;
  if (next && nextCount > 0) parts.push(formatUnit(locale, next[0], nextCount));
  return unitListFormat(locale).format(parts);
}
