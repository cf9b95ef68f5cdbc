// How many typing slips separate two spellings: the restricted Damerau–Levenshtein distance
// ("optimal string alignment"), where one slip is a letter inserted, dropped, replaced, or two
// neighbours swapped. Names are compared on their diacritic-free key, so a slip on an accented
// letter counts once. Written here rather than taken from npm: the well-kept packages
// (fastest-levenshtein, leven) count a swap as two slips, and this is twenty lines.

/** The distance between `a` and `b`, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Three rows of the dynamic-programming table: two back (for swaps), one back, current.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous] = [previous, current];
  }
  return Math.min(previous[b.length]!, limit + 1);
}

function count(counts: Int16Array, s: string, by: number): void {
  for (let i = 0; i < s.length; i++) {
    const letter = s.charCodeAt(i) & 127;
    counts[letter] = counts[letter]! + by;
  }
}

// Each letter's surplus is read once, at its first occurrence, then cleared.
function surplus(counts: Int16Array, s: string, sign: number): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const letter = s.charCodeAt(i) & 127;
    total += Math.max(0, sign * counts[letter]!);
    counts[letter] = 0;
  }
  return total;
}

/**
 * A lower bound of the distance that costs one pass over each string: how many letters one has
 * that the other lacks, counted both ways, the larger. Most candidates bear another name, and this
 * turns them away before the table above is filled. Letters are counted modulo 128: two letters
 * sharing a count can only lower the bound, never raise it above the distance.
 */
export function letterDifference(a: string, b: string): number {
  const counts = new Int16Array(128);
  count(counts, a, 1);
  count(counts, b, -1);
  return Math.max(surplus(counts, a, 1), surplus(counts, b, -1));
}
