// Tick labels that never repeat. A fixed precision ('.0%') repeats labels once the ticks are closer
// than it can tell apart (a wait axis of 0.5% steps reads "3%, 2%, 2%, 1%, 1%"). Left without a
// precision, Plot formats a linear axis with d3's tick format, which takes the precision from the
// step between this axis's ticks: whole percents on a 0-100% axis, "0.5%, 1.0%, 1.5%" on a
// 0-3% one, "$0.5M, $1M" where "$1M, $1M" would have been drawn. The rest of the specifier (the
// currency sign, the thousands comma, a forced sign, the trimming ~) is kept.

/** The specifier without its precision: the axis chooses the precision from its own ticks. */
export function tickSpec(spec: string | undefined): string | undefined {
  return spec?.replace(/\.\d+(?=~?[%fes]$)/, '');
}
