// Seeded pseudo-random numbers (mulberry32), so a corpus is the same on every machine and run.

/**
 * A deterministic random source. `next()` is uniform in [0, 1); every helper draws from it,
 * so the same seed and the same sequence of calls give the same corpus.
 */
export class Prng {
  #state;

  /** @param {number} seed any 32-bit integer */
  constructor(seed) {
    this.#state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next() {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p) {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick(array) {
    return array[Math.floor(this.next() * array.length)];
  }

  /** `count` distinct elements of `array` (all of them if it is shorter), in random order. */
  sample(array, count) {
    const copy = [...array];
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }
}
