/**
 * Memoises a derivation on the identity of its inputs (records, state slices), like reselect's default
 * selector: the reducer keeps a slice's identity until it changes, so an unchanged slice costs nothing.
 */
export function memo<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A) => {
    if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = fn(...args);
      last = args;
    }
    return value;
  };
}
