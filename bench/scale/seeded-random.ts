/**
 * A small seeded generator (mulberry32, Tommy Ettinger's public-domain
 * 32-bit mixer): the same seed gives the same graph on every machine and
 * Node version, which Math.random cannot promise.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks index i of n with probability proportional to 1 / (i + 1)^exponent
 * (a Zipf law): index 0 is the biggest hub, and most indexes are rarely
 * picked, as with the entities news names.
 */
export function zipfPicker(n: number, exponent: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i += 1) {
    sum += 1 / Math.pow(i + 1, exponent);
    cumulative[i] = sum;
  }
  return () => {
    const target = random() * sum;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}
