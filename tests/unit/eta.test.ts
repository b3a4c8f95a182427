import { describe, it, expect } from 'vitest'
import { etaStart, etaUpdate, ETA_MAX_RISE } from '@/stores/eta'

/** Progress as a piecewise-linear function of time: [[t seconds, fraction], ...]. */
function piecewise(points: [number, number][]): (t: number) => number {
  return (t) => {
    for (let i = 1; i < points.length; i++) {
      const [t0, f0] = points[i - 1]
      const [t1, f1] = points[i]
      if (t <= t1) return f0 + ((f1 - f0) * (t - t0)) / (t1 - t0)
    }
    return points[points.length - 1][1]
  }
}

/** Reports every `every` s (optionally only when the fraction moved by a step, like per-fold reports). */
function run(progress: (t: number) => number, total: number, every = 0.5, step = 0): { t: number; eta: number | undefined }[] {
  const s = etaStart(0)
  const out: { t: number; eta: number | undefined }[] = []
  let lastReported = -1
  for (let t = every; t < total; t += every) {
    let f = progress(t)
    if (step > 0) f = Math.floor(f / step) * step
    if (step > 0 && f === lastReported) continue
    lastReported = f
    out.push({ t, eta: etaUpdate(s, t * 1000, f) })
  }
  return out
}

/** The largest relative rise between consecutive shown values (0 when it only went down). */
function worstRise(seq: { eta: number | undefined }[]): number {
  let worst = 0
  let prev: number | undefined
  for (const { eta } of seq) {
    if (eta === undefined) continue
    if (prev !== undefined && eta > prev) worst = Math.max(worst, prev === 0 ? Infinity : eta / prev - 1)
    prev = eta
  }
  return worst
}

const naive = (t: number, f: number): number => (t * (1 - f)) / f

describe('time left of a running job', () => {
  it('tracks a steady job closely and only goes down', () => {
    const seq = run((t) => t / 120, 120)
    const shown = seq.filter((x) => x.eta !== undefined)
    expect(seq[0].eta).toBeUndefined() // warm-up: no number from the first noisy second
    expect(worstRise(seq)).toBe(0)
    for (const { t, eta } of shown) expect(Math.abs(eta! - (120 - t))).toBeLessThanOrEqual(1.5)
  })

  it('the bank run of the issue (fast start, slow middle, 281 s): the old formula climbed 97 → 299 s, this one rises ≤ 10 % per update', () => {
    // 10 % in the first 10 s (small models), then slow folds: the shape that made the old ETA grow
    const p = piecewise([[0, 0], [10, 0.1], [120, 0.3], [281, 1]])
    // the old formula on this sequence: what the issue saw
    expect(naive(10, p(10))).toBeCloseTo(90, 0)
    expect(naive(120, p(120))).toBeCloseTo(280, 0)
    const seq = run(p, 281)
    expect(worstRise(seq)).toBeLessThanOrEqual(ETA_MAX_RISE + 1e-9)
    // honest at the end: in the last third the estimate is within 15 % (or 5 s) of the truth
    for (const { t, eta } of seq.filter((x) => x.t > 190)) expect(Math.abs(eta! - (281 - t))).toBeLessThanOrEqual(Math.max(5, 0.15 * (281 - t)))
  })

  it('a job that speeds up: the estimate drops at once', () => {
    const p = piecewise([[0, 0], [60, 0.5], [70, 1]])
    const seq = run(p, 70)
    expect(worstRise(seq)).toBe(0)
    // truth at 64 s: 6 s; the old formula said 64 × 0.3 / 0.7 ≈ 27 s
    expect(seq.find((x) => x.t >= 64)!.eta!).toBeLessThan(30)
    expect(seq.find((x) => x.t >= 68)!.eta!).toBeLessThan(naive(68, p(68)))
  })

  it('per-fold step reports (5 % steps, uneven folds) never jump up by more than 10 %', () => {
    // folds of 4 s, 4 s, then 12 s each: reported only when a 5 % step completes
    const p = piecewise([[0, 0], [8, 0.2], [56, 0.6], [100, 1]])
    const seq = run(p, 100, 0.25, 0.05)
    expect(seq.filter((x) => x.eta !== undefined).length).toBeGreaterThan(10)
    expect(worstRise(seq)).toBeLessThanOrEqual(ETA_MAX_RISE + 1e-9)
  })

  it('a stalled job: the estimate holds during the stall, rises ≤ 10 % an update once the slow step is measured, then falls', () => {
    const p = piecewise([[0, 0], [30, 0.5], [60, 0.5], [90, 1]])
    const seq = run(p, 90)
    expect(worstRise(seq)).toBeLessThanOrEqual(ETA_MAX_RISE + 1e-9)
    const stall = seq.filter((x) => x.t > 31 && x.t <= 60)
    for (let i = 1; i < stall.length; i++) expect(stall[i].eta!).toBeLessThanOrEqual(stall[i - 1].eta!)
    const after = seq.filter((x) => x.t > 68)
    for (let i = 1; i < after.length; i++) expect(after[i].eta!).toBeLessThanOrEqual(after[i - 1].eta!)
    // near the end it is honest again
    expect(Math.abs(seq.find((x) => x.t >= 80)!.eta! - 10)).toBeLessThanOrEqual(5)
  })

  it('noisy reports (jittered fractions) stay within the 10 % rise bound', () => {
    let seed = 7
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    const seq = run((t) => Math.min(1, (t / 200) * (0.9 + 0.2 * rnd())), 200)
    expect(worstRise(seq)).toBeLessThanOrEqual(ETA_MAX_RISE + 1e-9)
  })

  it('says 0 when done', () => {
    const s = etaStart(0)
    etaUpdate(s, 5000, 0.5)
    expect(etaUpdate(s, 10000, 1)).toBe(0)
  })
})
