/**
 * Follow-up after the campaign (the sources re-evaluate at 3 months): from a later transaction
 * table, per creative and for the control group,
 *  - purchase rate: customers with at least one transaction in (send, send + N days];
 *  - repeat-purchase rate: converters with a transaction after their conversion (the purchase
 *    timestamp when known, else their first transaction after the send) and by send + N days;
 *  - churn rate: converters without such a later transaction (1 − repeat-purchase rate);
 *  - revenue per customer in the window.
 * Rates come with Wilson 95% intervals; an arm without converters has null repeat/churn rates.
 */
import { getColumn, type Column, type Table } from '../../data/table'
import { wilsonInterval } from '../stats/proportions'
import type { Rate } from './results'
import { msg, MessageError, type Message } from '../core/message'

export interface FollowUpCustomer {
  id: string
  arm: string
  /** send date (ms since epoch); customers without one use `defaultSendDate` */
  sentAt?: number
  converted: boolean
  /** conversion purchase time (ms), if known */
  purchasedAt?: number
}

export interface FollowUpOptions {
  days: number
  /** used for customers without their own send date (e.g. the control group) */
  defaultSendDate?: number
  columns: { customer: string; date: string; amount?: string }
}

export interface FollowUpArm {
  arm: string
  customers: number
  purchasers: number
  purchaseRate: Rate | null
  converters: number
  repeaters: number
  repeatRate: Rate | null
  churnRate: Rate | null
  revenue: number | null
  revenuePerCustomer: number | null
}

/** A campaign customer's customer-value prediction from the audience's table (NaN: not known). */
export interface ValuePrediction {
  pAlive: number
  expectedPurchases: number
}

export interface ValueCheckBand {
  /** P(alive) in [from, to); the last band includes 1 */
  from: number
  to: number
  customers: number
  /** customers with at least one purchase in the window */
  buyers: number
  rate: Rate | null
  meanPAlive: number
}

export interface ValueCheckArm {
  arm: string
  /** customers with a known expected-purchases prediction */
  customers: number
  /** the sum of their expected purchases over the prediction's horizon */
  expected: number
  /** the purchase days they had in the window (purchases on one day count once, as the value models count them) */
  actual: number
}

/**
 * Issue #16 §4: what the customer-value model predicted for the campaign's customers against what
 * they did in the follow-up window: who was predicted alive against who bought (by P(alive) band),
 * and expected against actual purchases per creative (the control group is the clean check: the
 * campaign did not touch it).
 */
export interface ValueCheck {
  /** the expected-purchases column's horizon in days, null without one */
  horizonDays: number | null
  /** expected and actual purchases cover the same span (the horizon equals the follow-up window) */
  comparable: boolean
  arms: ValueCheckArm[]
  bands: ValueCheckBand[]
}

export interface FollowUpResult {
  days: number
  arms: FollowUpArm[]
  /** predicted against actual, when the audience's table carries customer-value columns */
  value: ValueCheck | null
  /** transactions of customers outside the campaign, ignored */
  ignoredTransactions: number
  /** transactions without a readable date or customer */
  unreadable: number
  warnings: Message[]
}

function rate(x: number, n: number): Rate | null {
  if (n <= 0) return null
  const w = wilsonInterval(x, n)!
  return { numerator: x, denominator: n, value: x / n, lower: w.lower, upper: w.upper }
}

const str = (c: Column, i: number): string | null => (c.storage === 'number' ? (Number.isNaN(c.values[i]) ? null : String(c.values[i])) : c.codes[i] < 0 ? null : c.levels[c.codes[i]].trim())

interface WindowScan {
  /** each campaign customer's transaction times within (send, send + N days] */
  tx1: Map<string, number[]>
  revenue: Map<string, number>
  amount: boolean
  ignored: number
  unreadable: number
}

/** Every campaign customer's transactions within the window after their send. */
function scanWindow(customers: FollowUpCustomer[], tx: Table, options: FollowUpOptions): WindowScan {
  if (!(options.days > 0)) throw new MessageError('campaign.error.followupDays', { value: String(options.days) })
  const cc = getColumn(tx, options.columns.customer)
  const dc = getColumn(tx, options.columns.date)
  if (dc.storage !== 'number') throw new MessageError('campaign.error.notDateColumn', { column: options.columns.date })
  const ac = options.columns.amount ? getColumn(tx, options.columns.amount) : null
  const amount = ac ? (ac.storage === 'number' ? ac.values : Float64Array.from(ac.codes, (k) => (k < 0 ? NaN : Number(ac.levels[k])))) : null
  const byId = new Map<string, FollowUpCustomer>()
  for (const c of customers) {
    if (byId.has(c.id)) throw new MessageError('campaign.error.followupDuplicate', { id: c.id })
    byId.set(c.id, c)
  }
  const sendOf = (c: FollowUpCustomer): number => c.sentAt ?? options.defaultSendDate ?? NaN
  const noSend = customers.filter((c) => Number.isNaN(sendOf(c))).length
  if (noSend) throw new MessageError('campaign.error.noSendDate', { n: noSend })
  const tx1 = new Map<string, number[]>()
  let ignored = 0
  let unreadable = 0
  const revenue = new Map<string, number>()
  const win = options.days * 86_400_000
  for (let i = 0; i < tx.nRows; i++) {
    const id = str(cc, i)
    const t = dc.values[i]
    if (id === null || Number.isNaN(t)) { unreadable++; continue }
    const c = byId.get(id)
    if (!c) { ignored++; continue }
    const s = sendOf(c)
    if (t <= s || t > s + win) continue
    const list = tx1.get(id) ?? []
    list.push(t)
    tx1.set(id, list)
    if (amount && Number.isFinite(amount[i])) revenue.set(id, (revenue.get(id) ?? 0) + amount[i])
  }
  return { tx1, revenue, amount: !!amount, ignored, unreadable }
}

/** The campaign customers with at least one transaction in (send, send + N days]: the re-evaluation's outcome. */
export function purchasersWithin(customers: FollowUpCustomer[], tx: Table, options: FollowUpOptions): Set<string> {
  return new Set(scanWindow(customers, tx, options).tx1.keys())
}

/** lower edges of the P(alive) bands of the predicted-against-actual table */
const ALIVE_EDGES = [0, 0.2, 0.4, 0.6, 0.8]
const DAY_MS = 86_400_000

function valueCheck(customers: FollowUpCustomer[], tx1: Map<string, number[]>, days: number, pred: { byId: Map<string, ValuePrediction>; horizonDays: number | null }): ValueCheck {
  const bands: ValueCheckBand[] = ALIVE_EDGES.map((from, b) => ({ from, to: ALIVE_EDGES[b + 1] ?? 1, customers: 0, buyers: 0, rate: null, meanPAlive: 0 }))
  const arms = new Map<string, ValueCheckArm>()
  for (const c of customers) {
    const p = pred.byId.get(c.id)
    if (!p) continue
    const ts = tx1.get(c.id) ?? []
    if (Number.isFinite(p.pAlive)) {
      const pa = Math.min(1, Math.max(0, p.pAlive))
      const band = bands[Math.min(ALIVE_EDGES.length - 1, Math.floor(pa * ALIVE_EDGES.length))]
      band.customers++
      if (ts.length) band.buyers++
      band.meanPAlive += pa
    }
    if (Number.isFinite(p.expectedPurchases)) {
      const a = arms.get(c.arm) ?? { arm: c.arm, customers: 0, expected: 0, actual: 0 }
      a.customers++
      a.expected += p.expectedPurchases
      a.actual += new Set(ts.map((t) => Math.floor(t / DAY_MS))).size
      arms.set(c.arm, a)
    }
  }
  for (const b of bands) {
    b.rate = rate(b.buyers, b.customers)
    b.meanPAlive = b.customers ? b.meanPAlive / b.customers : NaN
  }
  return { horizonDays: pred.horizonDays, comparable: pred.horizonDays === days, arms: [...arms.values()], bands }
}

/**
 * Repeat-purchase and churn per creative N days after the send; with `predictions` (the audience's
 * P(alive) and expected purchases per customer id), also predicted against actual.
 */
export function followUp(customers: FollowUpCustomer[], tx: Table, options: FollowUpOptions, predictions?: { byId: Map<string, ValuePrediction>; horizonDays: number | null }): FollowUpResult {
  const { tx1, revenue, ignored, unreadable, amount } = scanWindow(customers, tx, options)
  const warnings: Message[] = []
  if (unreadable) {
    warnings.push(msg('campaign.followup.unreadable', { n: unreadable }))
  }
  const arms = [...new Set(customers.map((c) => c.arm))]
  const out: FollowUpArm[] = arms.map((arm) => {
    const cs = customers.filter((c) => c.arm === arm)
    let purchasers = 0, converters = 0, repeaters = 0, rev = 0
    for (const c of cs) {
      const ts = (tx1.get(c.id) ?? []).sort((a, b) => a - b)
      if (ts.length) purchasers++
      rev += revenue.get(c.id) ?? 0
      if (!c.converted) continue
      converters++
      // the conversion itself: its timestamp, else the first purchase after the send
      const conv = c.purchasedAt ?? ts[0]
      if (conv !== undefined && ts.some((t) => t > conv)) repeaters++
    }
    return {
      arm, customers: cs.length, purchasers, purchaseRate: rate(purchasers, cs.length),
      converters, repeaters, repeatRate: rate(repeaters, converters), churnRate: rate(converters - repeaters, converters),
      revenue: amount ? rev : null, revenuePerCustomer: amount && cs.length ? rev / cs.length : null,
    }
  })
  const value = predictions && predictions.byId.size ? valueCheck(customers, tx1, options.days, predictions) : null
  return { days: options.days, arms: out, value, ignoredTransactions: ignored, unreadable, warnings }
}
