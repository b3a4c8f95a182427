/**
 * Channels and budget by probability band: expected conversions, cost, revenue and ROI for each
 * band × channel, and a suggested channel per band.
 *
 * The suggestion maximises expected profit (revenue − cost) in the band; "none" when no channel pays.
 * The sources' rule of thumb is reported next to it: the expensive channel (call, visit) is worth it
 * on the hesitant band (15–50%), where persuasion changes the outcome; likely buyers convert on the
 * cheap channel and unlikely ones rarely repay even that. A disagreement is flagged, not overridden.
 */
import { bandLabel } from './audience'
import { msg, num, pct, list, MessageError, type Message, type MsgParams } from '../core/message'

export interface BandDef {
  name: string
  /** probability band [min, max) (max = 1 inclusive) */
  min: number
  max: number
}

export interface ChannelDef {
  name: string
  costPerContact: number
  /**
   * expected conversion multiplier applied to the band's mean propensity (e.g. email 1, phone 1.6),
   * used when no explicit rate is given in `conversion`
   */
  conversionFactor?: number
}

export interface BudgetInput {
  bands: BandDef[]
  channels: ChannelDef[]
  /** customers per band; or pass `scores` to count them */
  customers?: number[]
  /** scores of the chosen customers: fills `customers` and each band's mean propensity */
  scores?: ArrayLike<number>
  /** expected conversion per contact [band][channel]; overrides factor × mean propensity */
  conversion?: (number | null)[][]
  revenuePerConversion: number
  /** optional total budget to compare the suggested plan against */
  budget?: number
}

export interface BandChannelPlan {
  channel: string
  contacts: number
  conversionRate: number
  expectedConversions: number
  cost: number
  revenue: number
  profit: number
  /** (revenue − cost) / cost; null when cost is 0 */
  roi: number | null
  /**
   * true when band mean propensity × channel factor came out above 1 and the rate was cut to 100 %:
   * the factor promises more than every contacted customer converting, so the row is an upper bound
   */
  capped?: boolean
}

export interface BandPlan {
  band: string
  min: number
  max: number
  customers: number
  /** mean propensity of the band's customers (null when unknown) */
  meanScore: number | null
  options: BandChannelPlan[]
  /** channel with the highest expected profit, or null: do not contact */
  suggested: string | null
  /** what the rule of thumb says for this band */
  ruleOfThumb: Message | null
  note?: Message
}

export interface BudgetPlan {
  bands: BandPlan[]
  /** totals of the suggested plan */
  total: { contacts: number; cost: number; expectedConversions: number; revenue: number; profit: number; roi: number | null }
  warnings: Message[]
}

function bad(code: string, params?: MsgParams): never {
  throw new MessageError(`campaign.budget.error.${code}`, params)
}

/** Plan channels per band. */
export function planBudget(input: BudgetInput): BudgetPlan {
  const { bands, channels } = input
  if (!bands.length) bad('noBands')
  if (!channels.length) bad('noChannels')
  bands.forEach((b) => {
    if (!b.name?.trim()) bad('bandName')
    if (!(b.min >= 0 && b.max <= 1 && b.min < b.max)) bad('bandRange', { band: bandLabel(b.name), min: pct(b.min, 2), max: pct(b.max, 2) })
  })
  const sorted = bands.slice().sort((a, b) => a.min - b.min)
  for (let i = 1; i < sorted.length; i++) if (sorted[i].min < sorted[i - 1].max) bad('bandOverlap', { a: bandLabel(sorted[i - 1].name), b: bandLabel(sorted[i].name) })
  const names = new Set<string>()
  channels.forEach((c) => {
    if (!c.name?.trim()) bad('channelName')
    if (names.has(c.name)) bad('channelTwice', { channel: c.name })
    names.add(c.name)
    if (!(c.costPerContact >= 0) || !Number.isFinite(c.costPerContact)) bad('channelCost', { channel: c.name, value: String(c.costPerContact) })
    if (c.conversionFactor !== undefined && !(c.conversionFactor >= 0)) bad('channelFactor', { channel: c.name })
  })
  if (!(input.revenuePerConversion >= 0) || !Number.isFinite(input.revenuePerConversion)) bad('revenue', { value: String(input.revenuePerConversion) })
  if (input.conversion) {
    if (input.conversion.length !== bands.length) bad('tableRows', { n: input.conversion.length, bands: bands.length })
    input.conversion.forEach((row, b) => {
      if (row.length !== channels.length) bad('tableRow', { band: bandLabel(bands[b].name), n: row.length, channels: channels.length })
      row.forEach((v, c) => {
        if (v !== null && !(v >= 0 && v <= 1)) bad('tableValue', { band: bandLabel(bands[b].name), channel: channels[c].name, value: String(v) })
      })
    })
  }
  const warnings: Message[] = []
  const counts = new Array<number>(bands.length).fill(0)
  const sums = new Array<number>(bands.length).fill(0)
  if (input.scores) {
    let outside = 0
    for (let i = 0; i < input.scores.length; i++) {
      const s = input.scores[i]
      const b = bands.findIndex((d) => s >= d.min && (s < d.max || (d.max === 1 && s === 1)))
      if (b < 0) { outside++; continue }
      counts[b]++
      sums[b] += s
    }
    if (outside) warnings.push(msg('campaign.budget.outside', { n: outside }))
  } else if (input.customers) {
    if (input.customers.length !== bands.length) bad('customerCounts', { n: input.customers.length, bands: bands.length })
    input.customers.forEach((n, b) => {
      if (!Number.isInteger(n) || n < 0) bad('bandCount', { band: bandLabel(bands[b].name), value: String(n) })
      counts[b] = n
    })
  } else bad('noCustomers')
  const maxCost = Math.max(...channels.map((c) => c.costPerContact))
  const minCost = Math.min(...channels.map((c) => c.costPerContact))
  const expensive = channels.find((c) => c.costPerContact === maxCost)!.name
  const cheap = channels.find((c) => c.costPerContact === minCost)!.name
  const plans: BandPlan[] = bands.map((band, b) => {
    const meanScore = input.scores && counts[b] ? sums[b] / counts[b] : null
    const n = counts[b]
    const options: BandChannelPlan[] = []
    channels.forEach((ch, c) => {
      const explicit = input.conversion?.[b]?.[c]
      let rate: number
      let capped = false
      if (explicit !== undefined && explicit !== null) rate = explicit
      else if (meanScore !== null) {
        const raw = meanScore * (ch.conversionFactor ?? 1)
        capped = raw > 1
        rate = Math.min(1, raw)
      }
      else if (n === 0) rate = 0
      else bad('noConversion', { band: bandLabel(band.name), channel: ch.name })
      const conv = n * rate
      const cost = n * ch.costPerContact
      const revenue = conv * input.revenuePerConversion
      options.push({ channel: ch.name, contacts: n, conversionRate: rate, expectedConversions: conv, cost, revenue, profit: revenue - cost, roi: cost > 0 ? (revenue - cost) / cost : null, ...(capped ? { capped } : {}) })
    })
    const best = options.reduce<BandChannelPlan | null>((a, o) => (o.profit > (a?.profit ?? 0) ? o : a), null)
    // Rule of thumb by where the band sits: hesitant = overlaps 15–50%.
    const mid = (band.min + band.max) / 2
    const ruleChannels = channels.length < 2 ? null : mid >= 0.15 && mid < 0.5 ? [expensive] : mid >= 0.5 ? [cheap] : [cheap, null]
    const ruleOfThumb = ruleChannels === null ? null : ruleChannels[1] === null ? msg('campaign.budget.orNone', { channel: cheap }) : msg('campaign.budget.channel', { channel: ruleChannels[0]! })
    const plan: BandPlan = { band: band.name, min: band.min, max: band.max, customers: n, meanScore, options, suggested: n > 0 ? best?.channel ?? null : null, ruleOfThumb }
    if (ruleOfThumb && plan.suggested && !ruleChannels!.includes(plan.suggested)) {
      plan.note = msg('campaign.budget.disagree', { channel: plan.suggested, rule: ruleOfThumb })
    }
    if (n > 0 && !plan.suggested) plan.note = msg('campaign.budget.nonePays')
    return plan
  })
  const capped = plans.flatMap((p) => p.options.filter((o) => o.capped).map((o) => msg('campaign.budget.cappedRow', { band: bandLabel(p.band), channel: o.channel })))
  if (capped.length) warnings.push(msg('campaign.budget.capped', { rows: list(capped), n: capped.length }))
  const total = { contacts: 0, cost: 0, expectedConversions: 0, revenue: 0, profit: 0, roi: null as number | null }
  for (const p of plans) {
    const o = p.options.find((x) => x.channel === p.suggested)
    if (!o) continue
    total.contacts += o.contacts
    total.cost += o.cost
    total.expectedConversions += o.expectedConversions
    total.revenue += o.revenue
    total.profit += o.profit
  }
  total.roi = total.cost > 0 ? total.profit / total.cost : null
  if (input.budget !== undefined) {
    if (!(input.budget >= 0)) bad('budget', { value: String(input.budget) })
    if (total.cost > input.budget) {
      warnings.push(msg('campaign.budget.overBudget', { cost: num(total.cost, 2, 2), budget: num(input.budget, 2, 2) }))
    }
  }
  return { bands: plans, total, warnings }
}

/** One tested customer for the measured uplift: the model score, contacted or control, converted. */
export interface MeasuredCustomer {
  score: number
  treated: boolean
  converted: boolean
}

export interface MeasuredBand {
  band: string
  treated: number
  control: number
  /** conversion rate of the contacted minus the control's, in this band (or overall, see `source`) */
  uplift: number
  /** 'band' when both groups have `minPerGroup` customers in the band, else the test's overall uplift */
  source: 'band' | 'overall'
}

export interface MeasuredUplift {
  bands: MeasuredBand[]
  overall: { treated: number; control: number; uplift: number }
  minPerGroup: number
}

/**
 * The uplift a test measured, per probability band: the conversion rate of the contacted customers
 * (every creative pooled) minus the control's. A band with fewer than `minPerGroup` customers in
 * either group takes the test's overall uplift (a band of a handful is noise).
 */
export function measuredUpliftByBand(bands: BandDef[], customers: readonly MeasuredCustomer[], minPerGroup = 30): MeasuredUplift {
  const rate = (c: number, n: number): number => (n ? c / n : 0)
  let nt = 0, ct = 0, nc = 0, cc = 0
  const per = bands.map(() => ({ nt: 0, ct: 0, nc: 0, cc: 0 }))
  for (const c of customers) {
    if (c.treated) { nt++; ct += c.converted ? 1 : 0 } else { nc++; cc += c.converted ? 1 : 0 }
    const b = bands.findIndex((d) => c.score >= d.min && (c.score < d.max || (d.max === 1 && c.score === 1)))
    if (b < 0) continue
    const p = per[b]
    if (c.treated) { p.nt++; p.ct += c.converted ? 1 : 0 } else { p.nc++; p.cc += c.converted ? 1 : 0 }
  }
  if (!nt || !nc) throw new MessageError('campaign.budget.error.noMeasured', { treated: nt, control: nc })
  const overall = { treated: nt, control: nc, uplift: rate(ct, nt) - rate(cc, nc) }
  return {
    bands: bands.map((d, b) => {
      const p = per[b]
      const own = p.nt >= minPerGroup && p.nc >= minPerGroup
      return { band: d.name, treated: p.nt, control: p.nc, uplift: own ? rate(p.ct, p.nt) - rate(p.cc, p.nc) : overall.uplift, source: own ? 'band' : 'overall' }
    }),
    overall,
    minPerGroup,
  }
}

/**
 * Conversion table for planBudget from a measured uplift: the channel the test ran on gets the
 * measured incremental rate of each band; another channel the same scaled by its conversion factor
 * relative to the tested channel's (a factor then says how much more a channel persuades, anchored
 * on what the test measured). A negative uplift counts as 0 (contacting does not add conversions).
 */
export function upliftConversionTable(m: MeasuredUplift, channels: ChannelDef[], tested: string): number[][] {
  const t = channels.find((c) => c.name === tested)
  if (!t) throw new MessageError('campaign.budget.error.noTestedChannel', { channel: tested })
  const ft = t.conversionFactor ?? 1
  if (!(ft > 0)) throw new MessageError('campaign.budget.error.testedFactor', { channel: tested })
  return m.bands.map((b) => channels.map((c) => Math.min(1, Math.max(0, b.uplift * ((c.conversionFactor ?? 1) / ft)))))
}
