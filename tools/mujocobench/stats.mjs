// stats.mjs holds the small summaries the benchmark table uses.

// median of a non-empty list of numbers.
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

// maxAbsDiff is max |a_i − b_i| over two equal-length lists (NaN otherwise).
export function maxAbsDiff(a, b) {
  if (!a || !b || a.length !== b.length) return NaN;
  return a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i])), 0);
}
