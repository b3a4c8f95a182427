/** One row of `npm run bench`: our measurement beside the reference (scikit-learn / R / pandas) timing. */
export interface BenchRow {
  issue: number
  what: string
  /** our time in seconds (median of the runs made) */
  ours_s: number
  /** reference time in seconds: measured in this run (ref_live) or stored in ../shared/reference */
  ref_s?: number
  /** true when the reference ran in this bench run on the same work; false when ref_s is a stored timing */
  ref_live?: boolean
  /** threads each side used (1 = one vs one) */
  threads?: number
  /** what ours_s / ref_s measure: 'cpu' (process CPU seconds) or wall; unset means wall */
  clock?: string
  ours_wall_s?: number
  ref_wall_s?: number
  /** the target stated in the issue, e.g. "≤ 1.0× ref" or "≤ 2 s" */
  target: string
  /** where it ran: node/cpu, node/wasm, chromium/wasm, chromium/webgpu ... */
  backend: string
  /** whether the target was met */
  ok?: boolean
  notes?: string
}

export type BenchFn = () => Promise<BenchRow[]>

/** Median wall time in seconds of `fn` over `repeats` runs (after one warm-up when warm=true). */
export async function timeIt(fn: () => unknown | Promise<unknown>, repeats = 3, warm = true): Promise<number> {
  if (warm) await fn()
  const ts: number[] = []
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now()
    await fn()
    ts.push((performance.now() - t0) / 1000)
  }
  ts.sort((a, b) => a - b)
  return ts[Math.floor(ts.length / 2)]
}
