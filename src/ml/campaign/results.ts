/**
 * A/B results: per-creative funnel rates with Wilson intervals, response-time distributions,
 * revenue and ROI, lift vs control, a chi-square test across creatives and pairwise
 * two-proportion z-tests with Holm correction, overall and by group.
 *
 * Definitions:
 *  - sent = result rows of the arm; delivery = delivered / sent;
 *  - open = opened / delivered; click = clicked / delivered; click-to-open = clicked / opened;
 *  - conversion = converted / base, base = delivered for creatives ('delivered', the default) or
 *    sent ('sent': intent to treat). The control group receives nothing, so its base is always
 *    every control customer. An arm with base 0 has no conversion rate (null, with a note) and is
 *    left out of the tests.
 *  - Tests are on conversion. Pairwise creative-vs-creative tests form one Holm family; each
 *    creative vs control forms another.
 * Output holds numbers or null, never NaN, so it survives JSON and the campaign file.
 */
import { getColumn, hasColumn, type Column, type Table } from '../../data/table'
import { chiSquareIndependence, holmAdjust, twoProportionZTest, wilsonInterval } from '../stats/proportions'
import { benjaminiHochberg } from '../stats/abstats'
import { msg, num, pct, list, MessageError, type Label, type Message } from '../core/message'
import { parseYesNo } from '../../data/yesno'

export interface ResultColumns {
  id: string
  arm?: string
  converted: string
  delivered?: string
  opened?: string
  clicked?: string
  sentAt?: string
  openedAt?: string
  clickedAt?: string
  purchasedAt?: string
  revenue?: string
  group?: string
}

export interface AssignmentLookup {
  /** customer id → arm name */
  arm: Map<string, string>
  /** customer id → group label */
  group?: Map<string, string>
}

export interface ResultOptions {
  columns: ResultColumns
  /** the campaign's assignment: results for other customers are counted and left out */
  assignment?: AssignmentLookup
  /** arm name of the control group */
  control?: string
  /** cost per contact (one value or per arm) and fixed cost per arm (creative production) */
  costs?: { perContact?: number | Record<string, number>; fixed?: Record<string, number> }
  conversionBase?: 'delivered' | 'sent'
  confidence?: number
  alpha?: number
  histogramBins?: number
}

export const defaultResultOptions = { conversionBase: 'delivered' as const, confidence: 0.95, alpha: 0.05, histogramBins: 20 }

export interface Rate {
  numerator: number
  denominator: number
  value: number
  lower: number
  upper: number
}

export interface TimeSummary {
  /** durations used (hours) */
  n: number
  /** rows where the step happened but a timestamp is missing */
  missing: number
  /** rows where the later timestamp is before the earlier one */
  invalid: number
  median: number | null
  mean: number | null
  p25: number | null
  p75: number | null
  /** counts in the stage's shared bins (see AbResults.timeHistograms) */
  histogram: number[]
}

export type Stage = 'sendToOpen' | 'openToClick' | 'clickToPurchase' | 'sendToPurchase'
export const STAGES: Stage[] = ['sendToOpen', 'openToClick', 'clickToPurchase', 'sendToPurchase']

export interface ArmResult {
  arm: string
  isControl: boolean
  sent: number
  delivered: number | null
  opened: number | null
  clicked: number | null
  converted: number
  rates: { delivery: Rate | null; open: Rate | null; click: Rate | null; clickToOpen: Rate | null; conversion: Rate | null }
  revenue: { total: number; perContact: number | null; perConversion: number | null } | null
  cost: number | null
  /** (revenue − cost) / cost */
  roi: number | null
  /** conversion vs the control group */
  lift: { absolute: number; relative: number | null; z: number | null; pValue: number | null; pAdjusted: number | null } | null
  times: Record<Stage, TimeSummary> | null
  notes: Message[]
}

export interface PairwiseTest {
  a: string
  b: string
  rateA: number
  rateB: number
  difference: number
  z: number | null
  pValue: number | null
  /** Holm-adjusted p-value */
  pAdjusted: number | null
  /** Benjamini–Hochberg adjusted p-value (false discovery rate) over the same family */
  pAdjustedBH: number | null
  significant: boolean
}

export interface TestsBlock {
  arms: { arm: string; conversion: Rate | null; base: number; converted: number }[]
  chiSquare: { statistic: number | null; df: number; pValue: number | null; excluded: string[]; smallExpected: boolean; note?: Message }
  pairwise: PairwiseTest[]
  vsControl: PairwiseTest[]
}

export interface AbResults {
  arms: ArmResult[]
  tests: TestsBlock
  byGroup: { group: string; customers: number; tests: TestsBlock }[]
  /** shared bin edges (hours) of each stage's histogram */
  timeHistograms: Record<Stage, number[]> | null
  /** the findings, one message per sentence */
  summary: Label[]
  dataQuality: {
    rows: number
    used: number
    notInCampaign: number
    notInCampaignExamples: string[]
    missingArm: number
    armMismatch: number
    missingFlags: Record<string, number>
    missingTimestamps: Record<string, number>
    inconsistent: Message[]
  }
  warnings: Message[]
}


/** 0/1 per row (NaN when missing); throws naming the first value that is not a yes/no. */
function flags(c: Column, _label: string): Float64Array {
  const n = c.storage === 'number' ? c.values.length : c.codes.length
  const out = new Float64Array(n)
  if (c.storage === 'number') {
    for (let i = 0; i < n; i++) out[i] = Number.isNaN(c.values[i]) ? NaN : c.values[i] !== 0 ? 1 : 0
    return out
  }
  // an empty text cell reads as "no" here, as before (a missing flag is counted apart by the caller)
  const map = c.levels.map((l) => parseYesNo(l) ?? (l.trim() === '' ? 0 : -1))
  for (let i = 0; i < n; i++) {
    const code = c.codes[i]
    if (code < 0) { out[i] = NaN; continue }
    if (map[code] < 0) throw new MessageError('campaign.error.notYesNo', { column: c.name, row: i + 1, value: c.levels[code] })
    out[i] = map[code]
  }
  return out
}

/** ms since epoch per row (NaN when missing or unreadable). */
function times(c: Column): Float64Array {
  if (c.storage === 'number') return c.values
  const parsed = c.levels.map((l) => (l.trim() === '' ? NaN : Date.parse(l.trim().replace(' ', 'T') + (/[zZ]|[+-]\d{2}:?\d{2}$/.test(l.trim()) ? '' : 'Z'))))
  return Float64Array.from(c.codes, (k) => (k < 0 ? NaN : parsed[k]))
}

function rate(x: number, n: number, confidence: number): Rate | null {
  if (n <= 0) return null
  const w = wilsonInterval(x, n, confidence)!
  return { numerator: x, denominator: n, value: x / n, lower: w.lower, upper: w.upper }
}

function quantile(sorted: number[], q: number): number {
  // linear interpolation between order statistics (NumPy's default)
  const h = (sorted.length - 1) * q
  const lo = Math.floor(h)
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo])
}

function cleanNumber(x: number): number | null {
  return Number.isFinite(x) ? x : null
}

interface Row {
  arm: string
  group: string | null
  delivered: number
  opened: number
  clicked: number
  converted: number
  revenue: number
  t: [number, number, number, number]
}

/** Codes of the chi-square test's notes (src/ml/stats writes them as English reasons). */
const CHI_NOTE: Record<string, string> = {
  'fewer than two arms with observations': 'campaign.results.chiFewArms',
  'no successes in any arm': 'campaign.results.chiNoSuccess',
  'every observation is a success': 'campaign.results.chiAllSuccess',
}

function testsFor(rows: Row[], armNames: string[], control: string | undefined, base: 'delivered' | 'sent', confidence: number, alpha: number, hasDelivered: boolean): TestsBlock {
  const arms = armNames.map((arm) => {
    const rs = rows.filter((r) => r.arm === arm)
    const byDelivered = arm !== control && base === 'delivered' && hasDelivered
    // With the delivered base, a conversion counts only for a delivered email (others are flagged).
    const converted = rs.reduce((s, r) => s + (byDelivered ? r.converted * r.delivered : r.converted), 0)
    const n = byDelivered ? rs.reduce((s, r) => s + r.delivered, 0) : rs.length
    return { arm, conversion: rate(converted, n, confidence), base: n, converted }
  })
  const creatives = arms.filter((a) => a.arm !== control)
  const chi = chiSquareIndependence(creatives.map((a) => a.converted), creatives.map((a) => a.base))
  const pair = (a: (typeof arms)[number], b: (typeof arms)[number]): Omit<PairwiseTest, 'pAdjusted' | 'pAdjustedBH' | 'significant'> => {
    const r = twoProportionZTest(a.converted, a.base, b.converted, b.base)
    return { a: a.arm, b: b.arm, rateA: a.base ? a.converted / a.base : 0, rateB: b.base ? b.converted / b.base : 0, difference: cleanNumber(r.difference) ?? 0, z: r.z, pValue: r.pValue }
  }
  const withHolm = (list: Omit<PairwiseTest, 'pAdjusted' | 'pAdjustedBH' | 'significant'>[]): PairwiseTest[] => {
    const adj = holmAdjust(list.map((t) => t.pValue))
    const bh = benjaminiHochberg(list.map((t) => t.pValue))
    return list.map((t, i) => ({ ...t, pAdjusted: adj[i], pAdjustedBH: bh[i], significant: adj[i] !== null && (adj[i] as number) < alpha }))
  }
  const pw: Omit<PairwiseTest, 'pAdjusted' | 'pAdjustedBH' | 'significant'>[] = []
  for (let i = 0; i < creatives.length; i++) for (let j = i + 1; j < creatives.length; j++) if (creatives[i].base && creatives[j].base) pw.push(pair(creatives[i], creatives[j]))
  const ctrl = arms.find((a) => a.arm === control)
  const vc = ctrl && ctrl.base ? creatives.filter((a) => a.base).map((a) => pair(a, ctrl)) : []
  return {
    arms,
    chiSquare: { statistic: chi.statistic, df: chi.df, pValue: chi.pValue, excluded: chi.excluded.map((i) => creatives[i].arm), smallExpected: chi.smallExpected, ...(chi.note ? { note: CHI_NOTE[chi.note] ? msg(CHI_NOTE[chi.note]) : msg('error.other', { text: chi.note }) } : {}) },
    pairwise: withHolm(pw),
    vsControl: withHolm(vc),
  }
}

/** Analyse a per-customer results table. */
export function analyzeResults(t: Table, options: ResultOptions): AbResults {
  const opt = { ...defaultResultOptions, ...options }
  const cols = opt.columns
  const warnings: Message[] = []
  const idCol = getColumn(t, cols.id)
  if (!cols.arm && !opt.assignment) throw new MessageError('campaign.error.noArmColumn')
  const armCol = cols.arm ? getColumn(t, cols.arm) : null
  const groupCol = cols.group ? getColumn(t, cols.group) : null
  const conv = flags(getColumn(t, cols.converted), 'converted')
  const opt01 = (name: string | undefined, label: string): Float64Array | null => (name ? flags(getColumn(t, name), label) : null)
  const deliv = opt01(cols.delivered, 'delivered')
  const opened = opt01(cols.opened, 'opened')
  const clicked = opt01(cols.clicked, 'clicked')
  const ts = [cols.sentAt, cols.openedAt, cols.clickedAt, cols.purchasedAt].map((c) => (c ? times(getColumn(t, c)) : null))
  const rev = cols.revenue ? getColumn(t, cols.revenue) : null
  const revenue = rev ? (rev.storage === 'number' ? rev.values : Float64Array.from(rev.codes, (k) => (k < 0 ? NaN : Number(rev.levels[k])))) : null
  const cellStr = (c: Column, i: number): string | null => {
    if (c.storage === 'number') return Number.isNaN(c.values[i]) ? null : String(c.values[i])
    return c.codes[i] < 0 ? null : c.levels[c.codes[i]].trim() || null
  }
  const quality: AbResults['dataQuality'] = { rows: t.nRows, used: 0, notInCampaign: 0, notInCampaignExamples: [], missingArm: 0, armMismatch: 0, missingFlags: {}, missingTimestamps: {}, inconsistent: [] }
  const seen = new Map<string, number>()
  const rows: Row[] = []
  let dupCount = 0
  let firstDup: [string, number, number] | null = null
  const missFlag = (k: string): void => { quality.missingFlags[k] = (quality.missingFlags[k] ?? 0) + 1 }
  let convNotDelivered = 0
  let clickNotOpened = 0
  for (let i = 0; i < t.nRows; i++) {
    const id = cellStr(idCol, i)
    if (id === null) throw new MessageError('campaign.error.resultsIdMissing', { column: cols.id, row: i + 1 })
    const prev = seen.get(id)
    if (prev !== undefined) {
      dupCount++
      if (!firstDup) firstDup = [id, prev, i]
      continue
    }
    seen.set(id, i)
    const assigned = opt.assignment?.arm.get(id)
    if (opt.assignment && assigned === undefined) {
      quality.notInCampaign++
      if (quality.notInCampaignExamples.length < 5) quality.notInCampaignExamples.push(id)
      continue
    }
    let arm = armCol ? cellStr(armCol, i) : null
    if (arm !== null && assigned !== undefined && arm !== assigned) quality.armMismatch++
    if (arm === null) arm = assigned ?? null
    if (arm === null) { quality.missingArm++; continue }
    const group = groupCol ? cellStr(groupCol, i) : opt.assignment?.group?.get(id) ?? null
    const f = (a: Float64Array | null, k: string): number => {
      if (!a) return 0
      if (Number.isNaN(a[i])) { missFlag(k); return 0 }
      return a[i]
    }
    if (Number.isNaN(conv[i])) missFlag(cols.converted)
    const r: Row = {
      arm, group,
      delivered: deliv ? f(deliv, cols.delivered!) : 1,
      opened: f(opened, cols.opened ?? ''),
      clicked: f(clicked, cols.clicked ?? ''),
      converted: Number.isNaN(conv[i]) ? 0 : conv[i],
      revenue: revenue && Number.isFinite(revenue[i]) ? revenue[i] : 0,
      t: [0, 1, 2, 3].map((k) => (ts[k] ? ts[k]![i] : NaN)) as Row['t'],
    }
    if (r.arm !== opt.control) {
      if (deliv && r.converted && !r.delivered) convNotDelivered++
      if (opened && clicked && r.clicked && !r.opened) clickNotOpened++
    }
    rows.push(r)
  }
  if (firstDup) {
    const [id, a, b] = firstDup
    throw new MessageError('campaign.error.resultsDuplicate', { id, a: a + 1, b: b + 1, n: dupCount })
  }
  quality.used = rows.length
  if (quality.notInCampaign) warnings.push(msg('campaign.results.notInCampaign', { n: quality.notInCampaign, examples: quality.notInCampaignExamples.slice(0, 3).join(', ') }))
  if (quality.missingArm) warnings.push(msg('campaign.results.missingArm', { n: quality.missingArm }))
  if (quality.armMismatch) warnings.push(msg('campaign.results.armMismatch', { n: quality.armMismatch }))
  for (const [k, n] of Object.entries(quality.missingFlags)) warnings.push(msg('campaign.results.missingFlag', { column: k, n }))
  if (convNotDelivered) quality.inconsistent.push(msg('campaign.results.convNotDelivered', { n: convNotDelivered }))
  if (clickNotOpened) quality.inconsistent.push(msg('campaign.results.clickNotOpened', { n: clickNotOpened }))
  if (opt.control && !rows.some((r) => r.arm === opt.control)) throw new MessageError('campaign.error.controlMissing', { control: opt.control, arms: list([...new Set(rows.map((r) => r.arm))]) })

  // Arms in a stable order: the assignment's order when known, else sorted; control last.
  const present = [...new Set(rows.map((r) => r.arm))]
  const order = opt.assignment ? [...new Set(opt.assignment.arm.values())] : []
  const armNames = [...order.filter((a) => present.includes(a)), ...present.filter((a) => !order.includes(a)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))]
  if (opt.control) {
    armNames.splice(armNames.indexOf(opt.control), 1)
    armNames.push(opt.control)
  }

  // Response times (hours) with shared histogram bins per stage.
  const hasTimes = ts.some((x) => x)
  const pairs: Record<Stage, [number, number, (r: Row) => boolean]> = {
    sendToOpen: [0, 1, (r) => r.opened === 1 || (!opened && !Number.isNaN(r.t[1]))],
    openToClick: [1, 2, (r) => r.clicked === 1 || (!clicked && !Number.isNaN(r.t[2]))],
    clickToPurchase: [2, 3, (r) => r.converted === 1],
    sendToPurchase: [0, 3, (r) => r.converted === 1],
  }
  const durations = (rs: Row[], s: Stage): { v: number[]; missing: number; invalid: number } => {
    const [a, b, happened] = pairs[s]
    const v: number[] = []
    let missing = 0, invalid = 0
    if (!ts[a] || !ts[b]) return { v, missing, invalid }
    for (const r of rs) {
      if (!happened(r)) continue
      const d = r.t[b] - r.t[a]
      if (Number.isNaN(d)) missing++
      else if (d < 0) invalid++
      else v.push(d / 3_600_000)
    }
    return { v, missing, invalid }
  }
  let timeHistograms: Record<Stage, number[]> | null = null
  if (hasTimes) {
    timeHistograms = {} as Record<Stage, number[]>
    // The control group is sent nothing: it has no response times.
    const treated = rows.filter((r) => r.arm !== opt.control)
    for (const s of STAGES) {
      const all = durations(treated, s)
      quality.missingTimestamps[s] = all.missing
      if (all.missing) warnings.push(msg('campaign.results.noTimestamp', { stage: msg(`campaign.stage.${s}`), n: all.missing }))
      if (all.invalid) warnings.push(msg('campaign.results.badTimestamp', { stage: msg(`campaign.stage.${s}`), n: all.invalid }))
      const max = all.v.reduce((m, x) => Math.max(m, x), 0)
      const bins = all.v.length ? opt.histogramBins : 0
      const width = max > 0 ? max / bins : 1
      timeHistograms[s] = Array.from({ length: bins + 1 }, (_, k) => k * width)
    }
  }

  const perContact = opt.costs?.perContact
  const arms: ArmResult[] = armNames.map((arm) => {
    const rs = rows.filter((r) => r.arm === arm)
    const isControl = arm === opt.control
    const notes: Message[] = []
    const sent = rs.length
    const sum = (k: 'delivered' | 'opened' | 'clicked' | 'converted' | 'revenue'): number => rs.reduce((s, r) => s + r[k], 0)
    const delivered = isControl ? null : deliv ? sum('delivered') : sent
    const o = isControl || !opened ? null : sum('opened')
    const c = isControl || !clicked ? null : sum('clicked')
    const converted = sum('converted')
    const d = delivered ?? 0
    if (!isControl && delivered === 0) notes.push(msg('campaign.results.noDelivery'))
    const byDelivered = !isControl && opt.conversionBase === 'delivered' && !!deliv
    const convBase = byDelivered ? d : sent
    const convNum = byDelivered ? rs.reduce((s, r) => s + r.converted * r.delivered, 0) : converted
    const rates = {
      delivery: isControl ? null : rate(d, sent, opt.confidence),
      open: o === null ? null : rate(o, d, opt.confidence),
      click: c === null ? null : rate(c, d, opt.confidence),
      clickToOpen: o === null || c === null ? null : rate(Math.min(c, o), o, opt.confidence),
      conversion: rate(convNum, convBase, opt.confidence),
    }
    if (o !== null && c !== null && o === 0 && d > 0) notes.push(msg('campaign.results.noOpen'))
    const totalRevenue = revenue ? sum('revenue') : null
    const contactCost = typeof perContact === 'number' ? perContact : perContact?.[arm]
    const fixed = opt.costs?.fixed?.[arm]
    const cost = isControl ? null : contactCost === undefined && fixed === undefined ? null : (contactCost ?? 0) * sent + (fixed ?? 0)
    let times: ArmResult['times'] = null
    if (timeHistograms && !isControl) {
      times = {} as Record<Stage, TimeSummary>
      for (const s of STAGES) {
        const { v, missing, invalid } = durations(rs, s)
        v.sort((a, b) => a - b)
        const edges = timeHistograms[s]
        const hist = new Array<number>(Math.max(0, edges.length - 1)).fill(0)
        const w = edges.length > 1 ? edges[1] : 1
        for (const x of v) hist[Math.min(hist.length - 1, Math.floor(x / w))]++
        times[s] = {
          n: v.length, missing, invalid,
          median: v.length ? quantile(v, 0.5) : null,
          mean: v.length ? v.reduce((a, b) => a + b, 0) / v.length : null,
          p25: v.length ? quantile(v, 0.25) : null,
          p75: v.length ? quantile(v, 0.75) : null,
          histogram: hist,
        }
      }
    }
    return {
      arm, isControl, sent, delivered, opened: o, clicked: c, converted, rates,
      revenue: totalRevenue === null ? null : { total: totalRevenue, perContact: sent ? totalRevenue / sent : null, perConversion: converted ? totalRevenue / converted : null },
      cost, roi: cost && totalRevenue !== null ? (totalRevenue - cost) / cost : null,
      lift: null, times, notes,
    }
  })

  const hasDelivered = !!deliv
  const tests = testsFor(rows, armNames, opt.control, opt.conversionBase, opt.confidence, opt.alpha, hasDelivered)
  const ctrl = arms.find((a) => a.isControl)
  for (const a of arms) {
    if (a.isControl || !ctrl?.rates.conversion || !a.rates.conversion) continue
    const t = tests.vsControl.find((x) => x.a === a.arm)
    const cr = ctrl.rates.conversion.value
    a.lift = { absolute: a.rates.conversion.value - cr, relative: cr > 0 ? (a.rates.conversion.value - cr) / cr : null, z: t?.z ?? null, pValue: t?.pValue ?? null, pAdjusted: t?.pAdjusted ?? null }
  }
  const groups = [...new Set(rows.map((r) => r.group).filter((g): g is string => g !== null))].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  const byGroup = groups.map((g) => {
    const rs = rows.filter((r) => r.group === g)
    return { group: g, customers: rs.length, tests: testsFor(rs, armNames, opt.control, opt.conversionBase, opt.confidence, opt.alpha, hasDelivered) }
  })
  return { arms, tests, byGroup, timeHistograms, summary: summarize(arms, tests, opt.alpha), dataQuality: quality, warnings }
}

/** The findings in a few sentences: best creative, whether creatives differ, significant pairs, vs control. */
function summarize(arms: ArmResult[], tests: TestsBlock, alpha: number): Message[] {
  const creatives = arms.filter((a) => !a.isControl && a.rates.conversion)
  if (!creatives.length) return [msg('campaign.results.noRate')]
  const best = creatives.reduce((a, b) => (b.rates.conversion!.value > a.rates.conversion!.value ? b : a))
  const c = best.rates.conversion!
  const parts = [msg('campaign.results.best', { arm: best.arm, rate: pct(c.value, 1, 1), lower: pct(c.lower, 1, 1), upper: pct(c.upper, 1, 1) })]
  const p = tests.chiSquare.pValue
  if (p !== null) parts.push(msg(p < alpha ? 'campaign.results.differ' : 'campaign.results.notDiffer', { p: num(p, 4, 4) }))
  const sig = tests.pairwise.filter((t) => t.significant)
  if (sig.length) parts.push(msg('campaign.results.pairs', { pairs: list(sig.map((t) => msg('campaign.results.pair', { a: t.a, b: t.b }))) }))
  const vc = tests.vsControl.find((t) => t.a === best.arm)
  if (vc && vc.pAdjusted !== null) parts.push(msg(vc.significant ? 'campaign.results.beatsControl' : 'campaign.results.notBeatsControl', { arm: best.arm, p: num(vc.pAdjusted, 4, 4) }))
  return parts
}

/** Build the id → arm / group lookup from an assignment table (e.g. the exported CSV). */
export function assignmentLookup(t: Table, idColumn: string, armColumn: string, groupColumn?: string): AssignmentLookup {
  const idc = getColumn(t, idColumn)
  const ac = getColumn(t, armColumn)
  const gc = groupColumn && hasColumn(t, groupColumn) ? getColumn(t, groupColumn) : null
  const str = (c: Column, i: number): string => (c.storage === 'number' ? String(c.values[i]) : c.codes[i] < 0 ? '' : c.levels[c.codes[i]].trim())
  const arm = new Map<string, string>()
  const group = new Map<string, string>()
  for (let i = 0; i < t.nRows; i++) {
    const id = str(idc, i)
    if (arm.has(id)) throw new MessageError('campaign.error.assignmentDuplicate', { id, row: i + 1 })
    arm.set(id, str(ac, i))
    if (gc) group.set(id, str(gc, i))
  }
  return { arm, ...(gc ? { group } : {}) }
}
