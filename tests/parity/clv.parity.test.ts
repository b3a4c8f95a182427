/**
 * Parity with ../shared/reference/clv (a numpy/scipy re-implementation of lifetimes 0.11.3 that
 * reproduces its published numbers) on the CDNOW summary: BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma,
 * the first-10-customer predictions, 12-month CLV in both month conventions, published lifetimes /
 * BTYD numbers, and the summary rebuilt from CDNOW_sample.txt through the RFM cleaning.
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { SHARED, sharedPath } from '../shared'
import type { Table } from '@/data/table'
import { cleanTransactions } from '@/ml/segmentation/transactions'
import type { BtydFit, GammaGammaFit } from '@/ml/clv'
import {
  conditionalExpectedPurchases,
  customerLifetimeValue,
  expectedAverageValue,
  expectedPurchases,
  fitBtyd,
  fitGammaGamma,
  PERIODS_PER_MONTH,
  probabilityAlive,
  summaryFromTransactions,
} from '@/ml/clv'

type Summary = { se: number }
interface RefModel {
  params: Record<string, number>
  summary_lifetimes_style: Record<string, Summary>
  log_likelihood: number
}
interface Ref {
  bgnbd: RefModel & { quickstart_top5_t1: Record<string, number>; test_cond_exp_t39_x2_tx30_43_T38_86?: number; expected_X_t: Record<string, number> } & Record<string, unknown>
  mbgnbd: RefModel
  pareto_nbd: RefModel & Record<string, unknown>
  gamma_gamma: RefModel & { corr_monetary_frequency_returning: number; cond_expected_avg_profit_first10: number[]; cond_expected_avg_profit_mean_all: number; avg_profit_returning_mean: number }
  first10_customers: { frequency: number[]; recency: number[]; T: number[]; models: Record<string, Record<string, number[]>> }
  clv_12m_first10: Record<string, number[] | string>
  published_targets: { bgnbd_quickstart: { r: number; alpha: number; a: number; b: number } }
}

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300)

function expectRel(actual: number, expected: number, tol: number, what: string): void {
  if (!(rel(actual, expected) <= tol)) throw new Error(`${what}: ${actual} vs reference ${expected} (relative ${rel(actual, expected).toExponential(2)} > ${tol})`)
}

function readCsv(path: string): number[][] {
  return readFileSync(path, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(',').map(Number))
}

describe.skipIf(!SHARED)('CLV parity (CDNOW, lifetimes 0.11.3 definitions)', () => {
  let ref: Ref
  let x: number[], tx: number[], T: number[], m: number[]
  const fits: Record<string, BtydFit> = {}
  let gg: GammaGammaFit

  beforeAll(() => {
    ref = JSON.parse(readFileSync(sharedPath('reference/clv/cdnow_results.json'), 'utf8')) as Ref
    const rows = readCsv(sharedPath('data/cdnow/cdnow_customers_summary_with_transactions.csv'))
    x = rows.map((r) => r[1])
    tx = rows.map((r) => r[2])
    T = rows.map((r) => r[3])
    m = rows.map((r) => r[4])
    const data = { frequency: x, recency: tx, T }
    for (const name of ['bgnbd', 'mbgnbd', 'paretonbd'] as const) fits[name] = fitBtyd(name, data)
    gg = fitGammaGamma(x, m)
  })

  it('uses the same x, t_x, T as the plain summary file', () => {
    const plain = readCsv(sharedPath('data/cdnow/cdnow_customers_summary.csv'))
    expect(plain.length).toBe(2357)
    expect(plain.map((r) => r.slice(1, 4))).toEqual(x.map((v, i) => [v, tx[i], T[i]]))
    expect(x.filter((v) => v > 0).length).toBe(946)
  })

  it('BG/NBD: parameters to 1e-5, log-likelihood, standard errors to 1e-3', () => {
    const f = fits.bgnbd
    expect(f.converged).toBe(true)
    for (const k of ['r', 'alpha', 'a', 'b']) {
      expectRel(f.params[k], ref.bgnbd.params[k], 1e-5, `BG/NBD ${k}`)
      // the published Quickstart values (6 significant digits)
      expectRel(f.params[k], ref.published_targets.bgnbd_quickstart[k as 'r'], 5e-6, `BG/NBD ${k} vs Quickstart`)
      expectRel(f.se![k], ref.bgnbd.summary_lifetimes_style[k].se, 1e-3, `BG/NBD SE ${k}`)
    }
    expect(f.logLik).toBeCloseTo(-9582.4256, 4)
    expect(Math.abs(f.logLik - ref.bgnbd.log_likelihood)).toBeLessThan(1e-6)
  })

  it('MBG/NBD: parameters to 1e-5, log-likelihood, standard errors to 1e-3', () => {
    const f = fits.mbgnbd
    expect(f.converged).toBe(true)
    for (const k of ['r', 'alpha', 'a', 'b']) {
      expectRel(f.params[k], ref.mbgnbd.params[k], 1e-5, `MBG/NBD ${k}`)
      expectRel(f.se![k], ref.mbgnbd.summary_lifetimes_style[k].se, 1e-3, `MBG/NBD SE ${k}`)
    }
    expect(Math.abs(f.logLik - ref.mbgnbd.log_likelihood)).toBeLessThan(1e-6)
  })

  it('Pareto/NBD: log-likelihood at least the reference − 1e-3, parameters within 1e-2 (flat in beta)', () => {
    const f = fits.paretonbd
    expect(f.logLik).toBeGreaterThanOrEqual(ref.pareto_nbd.log_likelihood - 1e-3)
    for (const k of ['r', 'alpha', 's', 'beta']) expectRel(f.params[k], ref.pareto_nbd.params[k], 1e-2, `Pareto/NBD ${k}`)
  })

  it('Gamma-Gamma: parameters to 1e-5, log-likelihood, SEs to 1e-3, correlation', () => {
    expect(gg.n).toBe(946)
    for (const k of ['p', 'q', 'v'] as const) {
      expectRel(gg.params[k], ref.gamma_gamma.params[k], 1e-5, `Gamma-Gamma ${k}`)
      expectRel(gg.se![k], ref.gamma_gamma.summary_lifetimes_style[k].se, 1e-3, `Gamma-Gamma SE ${k}`)
    }
    expect(Math.abs(gg.logLik - ref.gamma_gamma.log_likelihood)).toBeLessThan(1e-6)
    expectRel(gg.correlation, ref.gamma_gamma.corr_monetary_frequency_returning, 1e-6, 'corr(frequency, monetary)')
    expect(gg.warnings).toEqual([])
    const first10 = x.slice(0, 10).map((xi, i) => expectedAverageValue(gg, xi, m[i]))
    first10.forEach((v, i) => expectRel(v, ref.gamma_gamma.cond_expected_avg_profit_first10[i], 1e-6, `E[M] customer ${i + 1}`))
    const all = x.map((xi, i) => expectedAverageValue(gg, xi, m[i]))
    expectRel(all.reduce((s, v) => s + v, 0) / all.length, ref.gamma_gamma.cond_expected_avg_profit_mean_all, 1e-6, 'mean E[M]')
  })

  it('first 10 customers: expected purchases at 30 and 90 weeks and P(alive), three models, to 1e-6', () => {
    const c = ref.first10_customers
    const names = { bgnbd: 'bgnbd', mbgnbd: 'mbgnbd', paretonbd: 'pareto_nbd' } as const
    for (const [ours, theirs] of Object.entries(names)) {
      const want = c.models[theirs]
      for (let i = 0; i < 10; i++) {
        const args = [c.frequency[i], c.recency[i], c.T[i]] as const
        expectRel(conditionalExpectedPurchases(fits[ours], 30, ...args), want.cond_expected_purchases_next_30_periods[i], 1e-6, `${ours} E[30] #${i + 1}`)
        expectRel(conditionalExpectedPurchases(fits[ours], 90, ...args), want.cond_expected_purchases_next_90_periods[i], 1e-6, `${ours} E[90] #${i + 1}`)
        expectRel(probabilityAlive(fits[ours], ...args), want.p_alive[i], 1e-6, `${ours} P(alive) #${i + 1}`)
      }
    }
  })

  it("12-month CLV of the first 10 in both month conventions (lifetimes' 'D' quirk: 30 weeks; 'W': 4.345 weeks)", () => {
    const c = ref.clv_12m_first10
    const D = c['freq_D_(lifetimes_default,_as_in_Quickstart;_treats_30_CDNOW_weeks_as_a_month)'] as number[]
    const W = c['freq_W_(correct_for_weekly_CDNOW_periods)'] as number[]
    for (let i = 0; i < 10; i++) {
      const args = [x[i], tx[i], T[i], m[i]] as const
      expectRel(customerLifetimeValue(fits.bgnbd, gg, ...args, { months: 12, discount: 0.01, periodsPerMonth: PERIODS_PER_MONTH.day }), D[i], 1e-6, `CLV 'D' #${i + 1}`)
      expectRel(customerLifetimeValue(fits.bgnbd, gg, ...args, { months: 12, discount: 0.01, periodsPerMonth: PERIODS_PER_MONTH.week }), W[i], 1e-6, `CLV 'W' #${i + 1}`)
    }
  })

  it('published lifetimes / Hardie / BTYD numbers', () => {
    const b = ref.bgnbd as unknown as { quickstart_top5_t1: Record<string, number>; expected_X_t: Record<string, number>; test_cond_exp_t39_x2_tx30_43_T38_86: number }
    for (const [id, v] of Object.entries(b.quickstart_top5_t1)) {
      const i = Number(id) - 1
      expectRel(conditionalExpectedPurchases(fits.bgnbd, 1, x[i], tx[i], T[i]), v, 1e-6, `top-5 customer ${id}`)
    }
    for (const [t, v] of Object.entries(b.expected_X_t)) expect(expectedPurchases(fits.bgnbd, Number(t))).toBeCloseTo(v, 6)
    expectRel(conditionalExpectedPurchases(fits.bgnbd, 39, 2, 30.43, 38.86), (ref.bgnbd as unknown as Record<string, number>)['test_cond_exp_t39_x2_tx30.43_T38.86'], 1e-6, 'E[X(39)|2, 30.43, 38.86]')
    const p = ref.pareto_nbd as unknown as Record<string, number>
    expectRel(conditionalExpectedPurchases(fits.paretonbd, 52, 26, 30.86, 31), p['test_cond_exp_t52_x26_tx30.86_T31'], 1e-4, 'Pareto E[X(52)|26, 30.86, 31]')
    expectRel(probabilityAlive(fits.paretonbd, 26, 30.86, 31), p['test_palive_x26_tx30.86_T31'], 1e-5, 'Pareto P(alive|26, 30.86, 31)')
  })

  it('the summary rebuilt from CDNOW_sample.txt (through the RFM cleaning) equals the shipped one', () => {
    // columns: master_id new_id yyyymmdd cds dollars (no header)
    const lines = readFileSync(sharedPath('data/cdnow/CDNOW_sample.txt'), 'utf8').trim().split(/\r?\n/)
    const n = lines.length
    const cust = new Float64Array(n), date = new Float64Array(n), dollars = new Float64Array(n), inv = new Float64Array(n)
    lines.forEach((l, i) => {
      const f = l.trim().split(/\s+/)
      cust[i] = Number(f[1])
      const d = f[2]
      date[i] = Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8))
      dollars[i] = Number(f[4])
      inv[i] = i
    })
    const table: Table = {
      name: 'CDNOW_sample.txt',
      nRows: n,
      columns: [
        { name: 'customer', storage: 'number', values: cust },
        { name: 'invoice', storage: 'number', values: inv },
        { name: 'date', storage: 'number', values: date },
        { name: 'dollars', storage: 'number', values: dollars },
      ],
    }
    // lifetimes keeps every row, 8 purchases of $0.00 included; the default "amount ≤ 0" cleaning step
    // would drop them and change those customers' summaries, so the parity protocol switches it off
    const byDefault = cleanTransactions(table, { customer: 'customer', invoice: 'invoice', date: 'date', amount: 'dollars' })
    expect(byDefault.rows.length).toBe(6911)
    const clean = cleanTransactions(table, { customer: 'customer', invoice: 'invoice', date: 'date', amount: 'dollars' }, { dropNonPositiveAmount: false })
    expect(clean.rows.length).toBe(6919)
    const s = summaryFromTransactions(clean, { period: 'day', end: Date.UTC(1997, 8, 30), now: Date.UTC(2026, 0, 1) })
    expect(s.ids.length).toBe(2357)
    expect(s.ids.slice(0, 3)).toEqual(['1', '2', '3'])
    // purchases after the calibration end are left out, and said so
    expect(s.warnings.map((w) => w.code)).toEqual(['afterEnd'])
    expect(Array.from(s.frequency)).toEqual(x)
    let repeatTx = 0
    for (let i = 0; i < s.ids.length; i++) {
      repeatTx += s.frequency[i]
      // the files hold weeks at 2 dp (days ÷ 7)
      expect(Math.abs(s.recency[i] / 7 - tx[i])).toBeLessThanOrEqual(0.005 + 1e-9)
      expect(Math.abs(s.T[i] / 7 - T[i])).toBeLessThanOrEqual(0.005 + 1e-9)
      expect(Math.abs(s.monetary![i] - m[i])).toBeLessThanOrEqual(0.005 + 1e-9)
    }
    expect(repeatTx).toBe(2457)
  })
})
