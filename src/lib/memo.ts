// The last answer of a pure function, kept for the next call with the same key. A figure whose
// slider changes only what is drawn over a costly computation (challenger-leader's horizon moves
// a marker over three sweeps that set their own horizons) asks for the same answer on every
// step; the key says which inputs the answer depends on, and nothing else is cached.

export function lastResult<A extends unknown[], R>(
  fn: (...args: A) => R,
  key: (...args: A) => string,
): (...args: A) => R {
  let last: { key: string; value: R } | null = null;
  return (...args: A) => {
    const k = key(...args);
    if (last?.key !== k) last = { key: k, value: fn(...args) };
    return last.value;
  };
}
