/**
 * Which groups' figures must be hidden so that no group of fewer than `min` responses can be read
 * or worked out. Primary suppression hides every group below the minimum; complementary
 * suppression then hides the smallest visible groups while the total is shown and the hidden ones
 * could be computed by subtraction: a single hidden group, or hidden groups that together stay
 * below the minimum. `alreadyHidden` marks groups hidden for another reason (they count as hidden).
 */
export function suppressedGroups(counts: readonly number[], min: number, totalShown: boolean, alreadyHidden: readonly boolean[] = []): boolean[] {
  const hidden = counts.map((c, i) => alreadyHidden[i] === true || c < min);
  if (!totalShown) return hidden;
  for (;;) {
    const hiddenIdx = hidden.flatMap((h, i) => (h ? [i] : []));
    if (!hiddenIdx.length) return hidden;
    const hiddenSum = hiddenIdx.reduce((s, i) => s + counts[i], 0);
    const computable = hiddenIdx.length === 1 || hiddenSum < min;
    if (!computable) return hidden;
    const visible = hidden.flatMap((h, i) => (h ? [] : [i]));
    if (!visible.length) return hidden;
    const smallest = visible.reduce((a, b) => (counts[b] < counts[a] ? b : a));
    hidden[smallest] = true;
  }
}

/** The median of numbers (sorted copy); null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The mean, rounded to two decimals; null for none. */
export function mean(values: readonly number[]): number | null {
  if (!values.length) return null;
  return Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;
}
