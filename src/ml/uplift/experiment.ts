/**
 * Checks and splits around an uplift experiment: arm sizes and responders, covariate balance
 * (standardised mean differences: a treatment assigned by a rule instead of at random shows up as
 * features that differ between treated and control), and the held-out split stratified by
 * treatment × outcome.
 */
import type { Matrix } from '../core/matrix'
import { Rng } from '../core/random'
import { MessageError, message, type Message } from '../stats/messages'

export const MIN_ARM_SIZE = 50
export const SMD_LIMIT = 0.1

export interface ArmSummary {
  arm: string
  n: number
  responders: number
  mean: number
}

/**
 * Arm counts and responders; refuses a file without the control arm, or (binary outcome) a control
 * with no responders (every uplift would be measured against zero); warns on arms under 50.
 */
export function checkArms(arms: ArrayLike<string>, y: ArrayLike<number>, controlArm: string, outcome: 'binary' | 'continuous'): { summary: ArmSummary[]; warnings: Message[] } {
  const by = new Map<string, { n: number; r: number; s: number }>()
  for (let i = 0; i < arms.length; i++) {
    const a = arms[i]
    const e = by.get(a) ?? { n: 0, r: 0, s: 0 }
    e.n++
    e.s += y[i]
    if (y[i] !== 0) e.r++
    by.set(a, e)
  }
  if (!by.has(controlArm)) throw new MessageError('uplift.noControlArm', { control: controlArm, arms: [...by.keys()].sort().join(', ') })
  if (by.size < 2) throw new MessageError('uplift.noTreatmentArm', { control: controlArm })
  const c = by.get(controlArm)!
  if (outcome === 'binary' && c.r === 0) throw new MessageError('uplift.controlNoResponders', { control: controlArm, n: c.n })
  const warnings: Message[] = []
  const summary = [...by.entries()].map(([arm, e]) => ({ arm, n: e.n, responders: e.r, mean: e.n ? e.s / e.n : 0 }))
  for (const s of summary) if (s.n < MIN_ARM_SIZE) warnings.push(message('uplift.smallArm', { arm: s.arm, n: s.n, min: MIN_ARM_SIZE }))
  return { summary, warnings }
}

export interface BalanceRow {
  feature: string
  smd: number
  meanTreated: number
  meanControl: number
}

/**
 * Standardised mean difference per feature, (m_t − m_c)/√((s_t² + s_c²)/2) (Austin 2009); |SMD| > 0.1
 * is the usual sign the groups were not assigned at random.
 */
export function balance(X: Matrix, t: ArrayLike<number>, names: readonly string[]): { rows: BalanceRow[]; warnings: Message[] } {
  const p = X.cols
  const rows: BalanceRow[] = []
  const warnings: Message[] = []
  for (let j = 0; j < p; j++) {
    let st = 0, sc = 0, nt = 0, nc = 0
    for (let i = 0; i < X.rows; i++) { const v = X.data[i * p + j]; if (t[i] === 1) { st += v; nt++ } else { sc += v; nc++ } }
    const mt = nt ? st / nt : 0, mc = nc ? sc / nc : 0
    let vt = 0, vc = 0
    for (let i = 0; i < X.rows; i++) { const v = X.data[i * p + j]; if (t[i] === 1) vt += (v - mt) ** 2; else vc += (v - mc) ** 2 }
    vt = nt > 1 ? vt / (nt - 1) : 0
    vc = nc > 1 ? vc / (nc - 1) : 0
    const pooled = Math.sqrt((vt + vc) / 2)
    const smd = pooled > 0 ? (mt - mc) / pooled : 0
    rows.push({ feature: names[j] ?? `x${j}`, smd, meanTreated: mt, meanControl: mc })
    if (Math.abs(smd) > SMD_LIMIT) warnings.push(message('uplift.imbalance', { feature: names[j] ?? `x${j}`, smd: Math.round(smd * 1000) / 1000, limit: SMD_LIMIT }))
  }
  return { rows, warnings }
}

/**
 * Train/test split stratified by treatment × outcome (stratum 2t + y for a binary outcome, t for a
 * continuous one): each stratum keeps its share of the test rows (largest remainders), seeded.
 * Returns ascending positions.
 */
export function splitByTreatmentOutcome(t: ArrayLike<number>, y: ArrayLike<number>, testSize = 0.3, seed = 42, binary = true): { train: Int32Array; test: Int32Array } {
  const n = t.length
  if (!(testSize > 0 && testSize < 1)) throw new MessageError('uplift.badTestSize', { testSize })
  const nTest = Math.ceil(testSize * n)
  if (nTest < 1 || nTest >= n) throw new MessageError('uplift.badTestSize', { testSize })
  const strata: number[][] = [[], [], [], []]
  for (let i = 0; i < n; i++) strata[binary ? 2 * t[i] + (y[i] ? 1 : 0) : t[i]].push(i)
  const want = strata.map((s) => (s.length * nTest) / n)
  const take = want.map(Math.floor)
  let left = nTest - take.reduce((a, b) => a + b, 0)
  const order = [0, 1, 2, 3].sort((a, b) => want[b] - take[b] - (want[a] - take[a]) || a - b)
  for (const s of order) if (left > 0 && take[s] < strata[s].length) { take[s]++; left-- }
  const rng = new Rng(seed)
  const train: number[] = [], test: number[] = []
  strata.forEach((s, k) => {
    const perm = rng.permutation(s.length)
    for (let q = 0; q < s.length; q++) (q < take[k] ? test : train).push(s[perm[q]])
  })
  return { train: Int32Array.from(train).sort(), test: Int32Array.from(test).sort() }
}
