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
import { fmtInt, type Lang } from './lang'

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
  /** language of `messages` (default English); errors stay in English */
  lang?: Lang
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
  messages: string[]
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
  if (!Number.isInteger(K) || K < 1) throw new RangeError(`Number of creatives must be a whole number ≥ 1, got ${typeof opt.creatives === 'number' ? opt.creatives : K}`)
  if (new Set(names).size !== K || names.some((n) => n.trim() === '')) throw new RangeError('Creative names must be non-empty and distinct')
  if (S0 > 0 && names.includes(opt.controlName)) throw new RangeError(`"${opt.controlName}" is used both as a creative and as the control group name`)
  if (!Number.isInteger(opt.sampleSize) || opt.sampleSize < K) throw new RangeError(`Sample size must be a whole number ≥ the ${K} creatives, got ${opt.sampleSize}`)
  if (!Number.isInteger(S0) || S0 < 0) throw new RangeError(`Control group size must be a whole number ≥ 0, got ${S0}`)
  if (!Number.isInteger(opt.seed)) throw new RangeError(`Seed must be a whole number, got ${opt.seed}`)
  if (groupLabels && groupLabels.length !== audienceSize) throw new RangeError(`Group labels: ${groupLabels.length} given for ${audienceSize} customers`)
  const messages: string[] = []
  const base = Math.floor(opt.sampleSize / K)
  const rem = opt.sampleSize % K
  const S = opt.remainder === 'drop' ? base * K : opt.sampleSize
  const T = S + S0
  if (T > audienceSize) {
    throw new RangeError(`The sample (${opt.sampleSize.toLocaleString('en-US')}${S0 ? ` + control ${S0.toLocaleString('en-US')}` : ''}) is larger than the audience of ${audienceSize.toLocaleString('en-US')} customers`)
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
  const es = (options.lang ?? 'en') === 'es'
  if (es) {
    const n = (x: number): string => fmtInt(x, 'es')
    if (rem === 0) messages.push(`${n(opt.sampleSize)} clientes repartidos a partes iguales: ${n(base)} por creatividad`)
    else if (opt.remainder === 'drop') {
      const left = rem === 1 ? 'se ha dejado fuera 1 cliente' : `se han dejado fuera ${n(rem)} clientes`
      messages.push(`${n(opt.sampleSize)} no es divisible entre ${K}: ${left} para que cada creatividad tenga exactamente ${n(base)} (muestra de ${n(S)})`)
    } else {
      const extra = Array.from(dealOrder.slice(0, rem), (a) => names[a])
      const who = rem === 1 ? `la creatividad ${extra[0]} (elegida por la semilla) recibe` : `las creatividades ${extra.join(', ')} (elegidas por la semilla) reciben`
      messages.push(`${n(opt.sampleSize)} no es divisible entre ${K}: ${who} ${n(base + 1)} clientes; las demás, ${n(base)}`)
    }
    if (S0 > 0) messages.push(`Grupo de control de ${n(S0)} ${S0 === 1 ? 'cliente' : 'clientes'} extraído con la misma mezcla de grupos; no recibe ninguna creatividad`)
    if (G > 1) messages.push(`Estratificado por ${G} grupos (asignación proporcional, método del mayor resto): todas las creatividades reciben la misma mezcla de grupos ±1`)
    if (K === 1 && S0 === 0) messages.push('Solo hay una creatividad y ningún grupo de control: no hay nada que comparar')
  } else if (rem === 0) messages.push(`${opt.sampleSize.toLocaleString('en-US')} customers split evenly: ${base.toLocaleString('en-US')} per creative`)
  else if (opt.remainder === 'drop') {
    messages.push(`${opt.sampleSize.toLocaleString('en-US')} does not divide by ${K}: ${rem} customer${rem > 1 ? 's were' : ' was'} not drawn so every creative has exactly ${base.toLocaleString('en-US')} (sample ${S.toLocaleString('en-US')})`)
  } else {
    const extra = Array.from(dealOrder.slice(0, rem), (a) => names[a])
    messages.push(`${opt.sampleSize.toLocaleString('en-US')} does not divide by ${K}: creative${rem > 1 ? 's' : ''} ${extra.join(', ')} (chosen by the seed) get${rem > 1 ? '' : 's'} ${base + 1} customers, the others ${base}`)
  }
  if (!es) {
    if (S0 > 0) messages.push(`Control group of ${S0.toLocaleString('en-US')} drawn with the same group mix; it receives no creative`)
    if (G > 1) messages.push(`Stratified by ${G} groups (proportional allocation, largest remainder): every creative gets the same group mix ±1`)
    if (K === 1 && S0 === 0) messages.push('Only one creative and no control group: there is nothing to compare')
  }
  return {
    seed: opt.seed, sampleSize: S, controlSize: S0, remainder: opt.remainder, arms: armNames, controlArm: S0 > 0 ? K : null, groups: G,
    members: Int32Array.from(members), arm: Int32Array.from(arm), group: Int32Array.from(group), summary, messages,
  }
}

/** 'A', 'B', …, 'Z', 'AA', … */
export function creativeNames(k: number): string[] {
  if (!Number.isInteger(k) || k < 1 || k > 702) throw new RangeError(`Number of creatives must be a whole number in 1..702, got ${k}`)
  return Array.from({ length: k }, (_, i) => (i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26))))
}
