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

export interface FollowUpResult {
  days: number
  arms: FollowUpArm[]
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

/** Repeat-purchase and churn per creative N days after the send. */
export function followUp(customers: FollowUpCustomer[], tx: Table, options: FollowUpOptions): FollowUpResult {
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
  return { days: options.days, arms: out, ignoredTransactions: ignored, unreadable, warnings }
}
