/**
 * The 3-month re-evaluation (issue #20): per creative, per group and over the whole campaign, what
 * the model predicted for the customers in the campaign list against what happened to them.
 *
 * For a cell of n customers with scores p_i and x observed responders:
 *  - predicted rate = mean p_i; expected responders = Σ p_i;
 *  - if the probabilities were right, x is a sum of independent Bernoulli(p_i): mean Σ p_i,
 *    variance Σ p_i (1 − p_i); the 95 % interval of the prediction is Σ p_i ± 1.96 √(Σ p_i (1 − p_i)),
 *    divided by n and clipped to [0, 1] (normal approximation to the Poisson-binomial);
 *  - observed rate x / n with its Wilson 95 % interval;
 *  - calibration gap in percentage points = 100 · (observed − predicted);
 *  - the model was off for the cell when the observed rate lies outside the interval of the
 *    prediction: "over" when it predicted more than happened, "under" when less. Cells whose
 *    variance Σ p_i (1 − p_i) is under 5 are too small for the approximation and are not judged.
 */
import { wilsonInterval } from '../stats/proportions'
import { normalQuantile } from '../stats/distributions'
import { msg, MessageError, num, pct, type Message } from '../core/message'
import type { Rate } from './results'
import { getColumn, hasColumn, takeTableRows, type Table } from '../../data/table'

export interface ReevalCustomer {
  id: string
  arm: string
  /** the A/B design's group (stratum) name, null without groups */
  group: string | null
  /** the model's probability for this customer when the campaign list was made */
  score: number
  /** 1 when the customer responded (converted, or bought within the follow-up window) */
  outcome: 0 | 1
}

export type ReevalVerdict = 'over' | 'under' | 'ok' | 'small'

export interface ReevalRow {
  /** what the row groups: one creative (or the control), one group, or every contacted customer */
  by: 'arm' | 'group' | 'all'
  key: string
  isControl: boolean
  customers: number
  predictedRate: number
  expected: number
  /** the 95 % interval of the observed rate if the model's probabilities were right */
  predictionInterval: { lower: number; upper: number }
  observed: Rate
  /** 100 · (observed − predicted) */
  gapPoints: number
  verdict: ReevalVerdict
  message: Message
}

export interface Reevaluation {
  outcome: 'converted' | 'purchased'
  /** the follow-up window when the outcome is a purchase within it */
  days: number | null
  control: string | null
  /** the contacted customers (every creative, the control left out) */
  overall: ReevalRow
  arms: ReevalRow[]
  groups: ReevalRow[]
  /** the plain-words summary: how many cells the model got wrong, and which way */
  summary: Message
  warnings: Message[]
}

export interface ReevalOptions {
  outcome: 'converted' | 'purchased'
  days?: number
  /** the control arm: shown as a row, left out of the groups and of the overall row (not contacted) */
  control?: string | null
  confidence?: number
}

/** Σ p (1 − p) below this: the normal approximation is too rough to call the model off. */
export const MIN_VARIANCE = 5

function cell(by: ReevalRow['by'], key: string, isControl: boolean, cs: ReevalCustomer[], z: number, confidence: number): ReevalRow {
  const n = cs.length
  let sp = 0, v = 0, x = 0
  for (const c of cs) {
    sp += c.score
    v += c.score * (1 - c.score)
    x += c.outcome
  }
  const predictedRate = sp / n
  const half = z * Math.sqrt(v)
  const predictionInterval = { lower: Math.max(0, (sp - half) / n), upper: Math.min(1, (sp + half) / n) }
  const w = wilsonInterval(x, n, confidence)!
  const observed: Rate = { numerator: x, denominator: n, value: x / n, lower: w.lower, upper: w.upper }
  const gapPoints = 100 * (observed.value - predictedRate)
  const verdict: ReevalVerdict = v < MIN_VARIANCE ? 'small' : observed.value > predictionInterval.upper ? 'under' : observed.value < predictionInterval.lower ? 'over' : 'ok'
  const params = {
    predicted: pct(predictedRate, 1, 1), observed: pct(observed.value, 1, 1), lower: pct(predictionInterval.lower, 1, 1), upper: pct(predictionInterval.upper, 1, 1),
    gap: num(Math.abs(gapPoints), 1, 1), expected: num(sp, 1, 1), responders: x, n,
  }
  return { by, key, isControl, customers: n, predictedRate, expected: sp, predictionInterval, observed, gapPoints, verdict, message: msg(`campaign.reeval.verdict.${verdict}`, params) }
}

/** Predicted against observed per creative and per group, with the verdict on each in words. */
export function reevaluate(customers: readonly ReevalCustomer[], options: ReevalOptions): Reevaluation {
  const confidence = options.confidence ?? 0.95
  const z = normalQuantile(1 - (1 - confidence) / 2)
  const bad = customers.find((c) => !(c.score >= 0 && c.score <= 1))
  if (bad) throw new MessageError('campaign.reeval.badScore', { id: bad.id, value: String(bad.score) })
  const control = options.control || null
  const contacted = customers.filter((c) => c.arm !== control)
  if (!contacted.length) throw new MessageError('campaign.reeval.noContacted')
  const arms = [...new Set(customers.map((c) => c.arm))].map((a) => cell('arm', a, a === control, customers.filter((c) => c.arm === a), z, confidence))
  // G1, G2, … G10 in that order
  const groupNames = [...new Set(contacted.map((c) => c.group).filter((g): g is string => g !== null))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const groups = groupNames.length > 1 ? groupNames.map((g) => cell('group', g, false, contacted.filter((c) => c.group === g), z, confidence)) : []
  const overall = cell('all', '', false, contacted, z, confidence)
  const judged = [overall, ...arms.filter((a) => !a.isControl), ...groups]
  const over = judged.filter((r) => r.verdict === 'over').map((r) => r.key || '*')
  const under = judged.filter((r) => r.verdict === 'under').map((r) => r.key || '*')
  const warnings: Message[] = []
  const small = judged.filter((r) => r.verdict === 'small').length
  if (small) warnings.push(msg('campaign.reeval.smallCells', { n: small, min: MIN_VARIANCE }))
  let summary: Message
  if (overall.verdict === 'under' || overall.verdict === 'over') {
    summary = msg(`campaign.reeval.summary.${overall.verdict}`, { predicted: pct(overall.predictedRate, 1, 1), observed: pct(overall.observed.value, 1, 1), gap: num(Math.abs(overall.gapPoints), 1, 1) })
  } else if (over.length || under.length) {
    summary = msg('campaign.reeval.summary.some', { n: over.length + under.length, predicted: pct(overall.predictedRate, 1, 1), observed: pct(overall.observed.value, 1, 1) })
  } else summary = msg('campaign.reeval.summary.ok', { predicted: pct(overall.predictedRate, 1, 1), observed: pct(overall.observed.value, 1, 1) })
  return { outcome: options.outcome, days: options.outcome === 'purchased' ? (options.days ?? null) : null, control, overall, arms, groups, summary, warnings }
}

/**
 * The label for "did not respond" in the target column: the table's own other level when the
 * column already holds the outcome's labels (bank: "no" beside "yes"), else the usual opposite of
 * yes/1/true, else "not <positive>". The retrain reads every value but the positive one as negative.
 */
export function negativeLabel(table: Table, target: string, positive: string): string {
  if (hasColumn(table, target)) {
    const c = getColumn(table, target)
    if (c.storage === 'string') {
      const other = [...c.levels].map((l) => l.trim()).filter((l) => l !== '' && l !== positive).sort()
      if (other.length) return other[0]
    }
  }
  const opposite: Record<string, string> = { yes: 'no', si: 'no', 'sí': 'no', '1': '0', true: 'false', y: 'n' }
  return opposite[positive.trim().toLowerCase()] ?? `not ${positive}`
}

/**
 * The campaign's labelled data: the given rows of the scored table (the contacted customers) with
 * the observed outcome written into the model's target column (replaced if the table has one), and
 * the campaign's score column left out (the old model's output, not an input). What a retrain reads.
 */
export function labelledTable(table: Table, rows: ArrayLike<number>, outcome: ArrayLike<number>, opts: { target: string; positive: string; negative: string; drop?: readonly string[]; name: string }): Table {
  if (rows.length !== outcome.length) throw new RangeError(`labelledTable: ${rows.length} rows for ${outcome.length} outcomes`)
  if (opts.positive === opts.negative) throw new RangeError('labelledTable: the two outcome labels must differ')
  const drop = new Set([opts.target, ...(opts.drop ?? [])])
  const kept = takeTableRows({ ...table, columns: table.columns.filter((c) => !drop.has(c.name)) }, rows, opts.name)
  const codes = Int32Array.from(outcome, (y) => (y ? 1 : 0))
  kept.columns.push({ name: opts.target, storage: 'string', codes, levels: [opts.negative, opts.positive] })
  return kept
}
