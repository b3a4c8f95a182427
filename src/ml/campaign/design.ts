/**
 * A/B design: a seeded random sample of the audience split evenly across K creatives, stratified by
 * group so every creative gets the same mix of groups, plus an optional control group.
 *
 * Procedure (all random choices come from one Rng seeded with `seed`, so the same inputs and seed
 * give the same assignment):
 *  1. The total T = S + S0 is allocated to groups in proportion to their size in the audience
 *     (largest-remainder rounding; equal remainders are broken in a seeded random order of groups).
 *  2. Inside each group, that many customers are drawn by simple random sampling.
 *  3. The control size S0 is allocated to groups the same way, in proportion to each group's draw,
 *     and the first drawn customers of each group form the control group.
 *  4. The remaining S customers are sorted by group (each group's customers in random order) and
 *     dealt to the creatives in turn, A, B, C, … (in a seeded random order of creatives), continuing
 *     across groups. Each creative therefore receives ⌊c_g/K⌋ or ⌈c_g/K⌉ customers of each group g,
 *     and creative sizes differ by at most one.
 * Remainder rule when S is not a multiple of K: 'spread' (default) keeps every drawn customer, so
 * S mod K creatives (the first in the seeded dealing order) get one customer more; 'drop' draws
 * only K·⌊S/K⌋ customers so every creative has exactly the same size.
 */
import { Rng } from '../core/random'
import { msg, list, MessageError, type Label, type Message } from '../core/message'

export interface DesignOptions {
  /** customers in the test across all creatives (S) */
  sampleSize: number
  /** number of creatives K, or their names */
  creatives: number | string[]
  /** control group size S0 (default 0: no control) */
  controlSize?: number
  controlName?: string
  seed?: number
  remainder?: 'spread' | 'drop'
}

export const defaultDesignOptions = { controlSize: 0, controlName: 'control', seed: 42, remainder: 'spread' as const }

export interface ArmSummary {
  name: string
  isControl: boolean
  size: number
  /** customers of each group in this arm */
  groupCounts: number[]
}

export interface ABDesign {
  seed: number
  sampleSize: number
  controlSize: number
  remainder: 'spread' | 'drop'
  /** arm names: the creatives, then the control group (if any) */
  arms: string[]
  controlArm: number | null
  /** number of groups (1 when the audience was not grouped) */
  groups: number
  /** position in the audience (index into the audience arrays) of each sampled customer */
  members: Int32Array
  /** arm index of each member */
  arm: Int32Array
  /** group of each member */
  group: Int32Array
  summary: ArmSummary[]
  /** how the remainder was handled and anything else the analyst should read */
  messages: Label[]
}

/**
 * Largest-remainder (Hamilton) allocation of `total` in proportion to whole-number `weights`:
 * everyone gets the floor of their quota, then the units left go to the largest remainders.
 * Remainders are compared exactly (integer arithmetic), and equal remainders are broken by `order`
 * (a permutation of the indices, seeded by the caller). `caps` bound each share.
 */
export function largestRemainder(total: number, weights: readonly number[], order: ArrayLike<number>, caps?: readonly number[]): number[] {
  if (weights.some((w) => !Number.isInteger(w) || w < 0)) throw new RangeError('largestRemainder: weights must be whole numbers ≥ 0')
  const W = weights.reduce((a, b) => a + b, 0)
  if (W <= 0) return weights.map(() => 0)
  // total·w stays far below 2^53 for any realistic audience, so these are exact.
  const rest = weights.map((w) => (total * w) % W)
  const out = weights.map((w, i) => Math.min((total * w - rest[i]) / W, caps ? caps[i] : Infinity))
  let left = total - out.reduce((a, b) => a + b, 0)
  const rank = new Array<number>(weights.length)
  for (let k = 0; k < order.length; k++) rank[order[k]] = k
  const idx = weights.map((_, i) => i).sort((a, b) => rest[b] - rest[a] || rank[a] - rank[b])
  while (left > 0) {
    let progressed = false
    for (const i of idx) {
      if (left === 0) break
      if (caps && out[i] >= caps[i]) continue
      out[i]++
      left--
      progressed = true
    }
    if (!progressed) break
  }
  return out
}

/**
 * Draw the A/B sample. `groupLabels` gives the group of each audience member (length = audience
 * size; pass null when the audience is not grouped).
 */
export function designABTest(audienceSize: number, groupLabels: Int32Array | null, options: DesignOptions): ABDesign {
  const opt = { ...defaultDesignOptions, ...options }
  const names = typeof opt.creatives === 'number' ? creativeNames(opt.creatives) : opt.creatives.slice()
  const K = names.length
  const S0 = opt.controlSize
  if (!Number.isInteger(K) || K < 1) throw new MessageError('campaign.error.creativesCount', { value: String(typeof opt.creatives === 'number' ? opt.creatives : K) })
  if (new Set(names).size !== K || names.some((n) => n.trim() === '')) throw new MessageError('campaign.error.creativeNames')
  if (S0 > 0 && names.includes(opt.controlName)) throw new MessageError('campaign.error.controlClash', { name: opt.controlName })
  if (!Number.isInteger(opt.sampleSize) || opt.sampleSize < K) throw new MessageError('campaign.error.sampleSize', { k: K, value: String(opt.sampleSize) })
  if (!Number.isInteger(S0) || S0 < 0) throw new MessageError('campaign.error.controlSize', { value: String(S0) })
  if (!Number.isInteger(opt.seed)) throw new MessageError('campaign.error.seed', { value: String(opt.seed) })
  if (groupLabels && groupLabels.length !== audienceSize) throw new RangeError(`Group labels: ${groupLabels.length} given for ${audienceSize} customers`)
  const messages: Message[] = []
  const base = Math.floor(opt.sampleSize / K)
  const rem = opt.sampleSize % K
  const S = opt.remainder === 'drop' ? base * K : opt.sampleSize
  const T = S + S0
  if (T > audienceSize) {
    throw new MessageError(S0 ? 'campaign.error.sampleTooLargeControl' : 'campaign.error.sampleTooLarge', { sample: opt.sampleSize, control: S0, n: audienceSize })
  }
  const rng = new Rng(opt.seed)
  // Groups present in the audience.
  let G = 1
  if (groupLabels) for (let i = 0; i < audienceSize; i++) {
    if (groupLabels[i] < 0) throw new RangeError(`Group label of customer ${i + 1} is ${groupLabels[i]}`)
    G = Math.max(G, groupLabels[i] + 1)
  }
  const byGroup: number[][] = Array.from({ length: G }, () => [])
  for (let i = 0; i < audienceSize; i++) byGroup[groupLabels ? groupLabels[i] : 0].push(i)
  const sizes = byGroup.map((m) => m.length)
  const drawn = largestRemainder(T, sizes, rng.permutation(G), sizes)
  const picked = byGroup.map((members, g) => Array.from(rng.sample(members.length, drawn[g]), (k) => members[k]))
  const ctrl = S0 > 0 ? largestRemainder(S0, drawn, rng.permutation(G), drawn) : new Array<number>(G).fill(0)
  const dealOrder = rng.permutation(K)
  const members: number[] = []
  const arm: number[] = []
  const group: number[] = []
  let slot = 0
  for (let g = 0; g < G; g++) {
    picked[g].forEach((m, k) => {
      members.push(m)
      group.push(g)
      if (k < ctrl[g]) arm.push(K)
      else arm.push(dealOrder[slot++ % K])
    })
  }
  const armNames = S0 > 0 ? [...names, opt.controlName] : names
  const summary: ArmSummary[] = armNames.map((name, a) => ({ name, isControl: a === K, size: 0, groupCounts: new Array<number>(G).fill(0) }))
  for (let i = 0; i < members.length; i++) {
    summary[arm[i]].size++
    summary[arm[i]].groupCounts[group[i]]++
  }
  if (rem === 0) messages.push(msg('campaign.design.even', { n: opt.sampleSize, per: base }))
  else if (opt.remainder === 'drop') messages.push(msg('campaign.design.dropped', { sample: opt.sampleSize, k: K, n: rem, per: base, drawn: S }))
  else {
    const extra = Array.from(dealOrder.slice(0, rem), (a) => names[a])
    messages.push(msg('campaign.design.extra', { sample: opt.sampleSize, k: K, n: rem, creatives: list(extra), more: base + 1, per: base }))
  }
  if (S0 > 0) messages.push(msg('campaign.design.control', { n: S0 }))
  if (G > 1) messages.push(msg('campaign.design.stratified', { n: G }))
  if (K === 1 && S0 === 0) messages.push(msg('campaign.design.nothingToCompare'))
  return {
    seed: opt.seed, sampleSize: S, controlSize: S0, remainder: opt.remainder, arms: armNames, controlArm: S0 > 0 ? K : null, groups: G,
    members: Int32Array.from(members), arm: Int32Array.from(arm), group: Int32Array.from(group), summary, messages,
  }
}

/** 'A', 'B', …, 'Z', 'AA', … */
export function creativeNames(k: number): string[] {
  if (!Number.isInteger(k) || k < 1 || k > 702) throw new MessageError('campaign.error.creativesRange', { value: String(k) })
  return Array.from({ length: k }, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26))))
}
