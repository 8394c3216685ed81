// The perf-ref workloads' random numbers (../shared/perf-ref/README.md): xoshiro128** seeded by four splitmix32 calls.

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/** xoshiro128** (Blackman & Vigna), 32-bit output, seeded from `seed` as the C reference kernels seed it. */
export class Xoshiro128ss {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    let x = seed >>> 0;
    const splitmix32 = () => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = splitmix32(); this.s1 = splitmix32(); this.s2 = splitmix32(); this.s3 = splitmix32();
  }

  /** The next uint32. */
  next(): number {
    const r = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0; this.s3 ^= this.s1; this.s1 ^= this.s2; this.s0 ^= this.s3;
    this.s2 ^= t; this.s3 = rotl(this.s3, 11);
    return r;
  }

  /** A double in [0, 1): draw / 2^32. */
  uniform(): number {
    return this.next() / 4294967296;
  }

  /** The state, as the README's test vector gives it. */
  state(): number[] {
    return [this.s0 >>> 0, this.s1 >>> 0, this.s2 >>> 0, this.s3 >>> 0];
  }
}
