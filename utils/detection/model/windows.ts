/**
 * Splits a long token sequence into equal, overlapping model windows. Each token is scored by
 * exactly one window, the one where it has at least `context` tokens of context on both sides
 * (except at the ends of the text), so results do not depend on where a window happens to cut.
 */

export interface TokenWindow {
  /** First token of the window. */
  start: number;
  /** Tokens in the window (all windows of one plan have the same length). */
  length: number;
  /** Tokens [keepFrom, keepTo) take their scores from this window. */
  keepFrom: number;
  keepTo: number;
}

/**
 * Plans windows over `n` tokens.
 * @example planWindows(600, 256, 32).map((w) => [w.start, w.keepFrom, w.keepTo]) // [[0,0,224],[192,224,416],[344,416,600]]
 */
export function planWindows(n: number, window: number, context: number): TokenWindow[] {
  if (n <= window) return n === 0 ? [] : [{ start: 0, length: n, keepFrom: 0, keepTo: n }];
  const stride = window - 2 * context;
  const out: TokenWindow[] = [];
  let start = 0;
  let keepFrom = 0;
  for (;;) {
    if (start + window >= n) {
      out.push({ start: n - window, length: window, keepFrom, keepTo: n });
      return out;
    }
    const keepTo = start + window - context;
    out.push({ start, length: window, keepFrom, keepTo });
    keepFrom = keepTo;
    start += stride;
  }
}

/**
 * The shortest window length that covers `n` tokens in as few windows as `maxWindow` allows, so
 * that windows of an exact model (receptive field within `context`) repeat as few tokens as
 * possible: 8,993 tokens with an 8,192 cap run as two windows of 4,529, not two of 8,192.
 * @example balancedWindow(8993, 8192, 32) // 4529
 */
export function balancedWindow(n: number, maxWindow: number, context: number): number {
  if (n <= maxWindow) return n;
  const stride = maxWindow - 2 * context;
  const windows = Math.ceil((n - 2 * context) / stride);
  return Math.ceil((n - 2 * context) / windows) + 2 * context;
}
