// Numbers as readers see them. Every formatter turns null, NaN and infinities into a dash, so
// no figure, table or sentence can ever show "NaN", "Infinity" or "undefined".

import type { ParameterFormat } from '../model/parameters.ts';

export const MISSING = '\u2014';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const wholePercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
// Built once: an Intl.NumberFormat costs about 0.1 ms to make, and a redraw formats hundreds of values.
const dollars = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
const dollarsAndCents = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function usable(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function formatCount(value: number | null | undefined): string {
  return usable(value) ? integer.format(value) : MISSING;
}

/** 0.05 -> "5%", 0.125 -> "12.5%"; shares of 10% or more are shown whole. */
export function formatPercent(value: number | null | undefined): string {
  if (!usable(value)) return MISSING;
  return Math.abs(value) >= 0.1 ? wholePercent.format(value) : percent.format(value);
}

export function formatCurrency(value: number | null | undefined): string {
  if (!usable(value)) return MISSING;
  // Cents matter for a click, not for a budget.
  const cents = Math.abs(value) < 100 && !Number.isInteger(value);
  return `$${(cents ? dollarsAndCents : dollars).format(value)}`;
}

export function formatMonths(value: number | null | undefined): string {
  if (!usable(value)) return MISSING;
  const shown = Number.isInteger(value) ? integer.format(value) : decimal.format(value);
  return `${shown} ${value === 1 ? 'month' : 'months'}`;
}

export function formatDecimal(value: number | null | undefined): string {
  return usable(value) ? decimal.format(value) : MISSING;
}

export function formatValue(value: number | null | undefined, format: ParameterFormat): string {
  switch (format) {
    case 'count':
      return formatCount(value);
    case 'percent':
      return formatPercent(value);
    case 'currency':
      return formatCurrency(value);
    case 'months':
      return formatMonths(value);
    case 'decimal':
      return formatDecimal(value);
  }
}

/** A label inside a sentence: "Median CPC" -> "median CPC", "CPC spread" stays as it is. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A value rounded to `digits` significant figures (three: as precise as a reader needs). */
export function roundSignificant(value: number, digits = 3): number {
  if (!usable(value) || value === 0) return value;
  const scale = 10 ** (Math.floor(Math.log10(Math.abs(value))) + 1 - digits);
  return Math.round(value / scale) * scale;
}

const compact = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/**
 * A count as prose states it: three significant figures at most (1,171 -> "1,170", 38,094 ->
 * "38,100"); millions as "4.85 million".
 */
export function formatCountAbout(value: number | null | undefined): string {
  if (!usable(value)) return MISSING;
  if (Math.abs(value) >= 1e6) return `${compact.format(value / 1e6)} million`;
  return integer.format(roundSignificant(value));
}

/**
 * Money as prose states it: three significant figures at most ($4,849,503 -> "$4.85M", $38,094
 * -> "$38,100", $192.4 -> "$192"); cents only below $10.
 */
export function formatCurrencyAbout(value: number | null | undefined): string {
  if (!usable(value)) return MISSING;
  const sign = value < 0 ? '-' : '';
  const v = Math.abs(value);
  if (v >= 1e9) return `${sign}$${compact.format(v / 1e9)}B`;
  if (v >= 1e6) return `${sign}$${compact.format(v / 1e6)}M`;
  if (v >= 10) return `${sign}$${integer.format(roundSignificant(v))}`;
  return `${sign}$${v.toFixed(2)}`;
}
