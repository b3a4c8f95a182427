/**
 * numpy's legacy RandomState (MT19937) for the draws scikit-learn's KMeans makes, so that a seed
 * gives the same k-means++ initial centres as `KMeans(random_state=seed)`: integer seeding
 * (init_genrand), `randint(n)` (masked rejection sampling on 32-bit outputs) and
 * `uniform()` / `random_sample()` (53-bit doubles from two outputs).
 */
export class NumpyRandomState {
  private mt = new Uint32Array(624)
  private mti = 624

  constructor(seed = 42) {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new RangeError(`seed must be between 0 and 2**32 - 1, got ${seed}`)
    const mt = this.mt
    mt[0] = seed >>> 0
    for (let i = 1; i < 624; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30)
      // 1812433253 * prev + i, modulo 2^32, without losing precision
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0
    }
    this.mti = 624
  }

  nextU32(): number {
    const mt = this.mt
    if (this.mti >= 624) {
      for (let i = 0; i < 624; i++) {
        const y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff)
        mt[i] = mt[(i + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      this.mti = 0
    }
    let y = mt[this.mti++]
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }

  /** Uniform double in [0, 1) (numpy random_sample / uniform(0, 1)). */
  next(): number {
    const a = this.nextU32() >>> 5, b = this.nextU32() >>> 6
    return (a * 67108864 + b) / 9007199254740992
  }

  /** Uniform integer in [0, n), as RandomState.randint(n) for n ≤ 2^32. */
  int(n: number): number {
    if (!(n > 0) || n > 0x100000000) throw new RangeError(`randint: n must be in 1..2^32, got ${n}`)
    const rng = n - 1
    if (rng === 0) return 0
    let mask = rng
    mask |= mask >>> 1
    mask |= mask >>> 2
    mask |= mask >>> 4
    mask |= mask >>> 8
    mask |= mask >>> 16
    mask >>>= 0
    for (;;) {
      const v = (this.nextU32() & mask) >>> 0
      if (v <= rng) return v
    }
  }

  /** k distinct indices from 0..n-1 (a partial Fisher–Yates on this stream; not numpy's permutation). */
  sample(n: number, k: number): Int32Array {
    if (k > n) throw new RangeError(`cannot draw ${k} from ${n}`)
    const p = new Int32Array(n)
    for (let i = 0; i < n; i++) p[i] = i
    for (let i = 0; i < k; i++) {
      const j = i + this.int(n - i)
      const t = p[i]; p[i] = p[j]; p[j] = t
    }
    return p.slice(0, k)
  }
}
