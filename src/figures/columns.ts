// Columns of a figure's data table, by how their values read: counts, money or shares.
// Each formatter turns a missing value into a dash.

import { formatCount, formatCurrency, formatPercent } from '../lib/format.ts';
import type { TableColumn } from './types.ts';

const column =
  (format: (value: number | null) => string) =>
  (key: string, label: string): TableColumn => ({ key, label, format: (v) => format(v as number | null) });

export const countColumn = column(formatCount);
export const currencyColumn = column(formatCurrency);
export const percentColumn = column(formatPercent);
