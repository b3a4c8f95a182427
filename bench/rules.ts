/**
 * Issue 5 bench: association rules on Groceries (vs R arules / pure Python), Online Retail baskets,
 * sequential rules and recommenders on Online Retail. Reads ../shared; returns [] without it.
 */
import { readFileSync, existsSync } from 'node:fs'
import { SHARED, sharedPath } from '../tests/shared'
import { loadCleanRetail } from '../tests/fixtures/rules/onlineRetail'
import { type BenchRow, timeIt } from './types'
import { basketsFromLines, basketsFromTable } from '../src/ml/rules/baskets'
import { apriori } from '../src/ml/rules/rules'
import { buildHistories } from '../src/ml/rules/history'
import { mineSequences } from '../src/ml/rules/sequences'
import { evaluateHoldout } from '../src/ml/rules/recommend'

const mb = (): number => Math.round(process.memoryUsage().rss / 1e6)

export async function bench(): Promise<BenchRow[]> {
  if (!SHARED) return []
  const rows: BenchRow[] = []
  const gPath = sharedPath('data', 'groceries', 'groceries.csv')
  if (existsSync(gPath)) {
    const text = readFileSync(gPath, 'utf8')
    let info = ''
    const t = await timeIt(() => {
      const r = apriori(basketsFromLines(text), { minSupport: 0.001, minConfidence: 0.5 })
      info = `${r.itemsets.size} itemsets, ${r.rules.rhs.length} rules`
    }, 5)
    rows.push({ issue: 5, what: 'Groceries apriori s=0.001 c=0.5 (parse+itemsets+rules)', ours_s: t, ref_s: 0.052, target: '≤ 0.3 s', backend: 'node/ts', ok: t <= 0.3, notes: `${info}; R arules 0.027+0.025 s, pure Python 0.29 s` })
  }
  const orPath = sharedPath('data', 'online_retail', 'online_retail.csv.gz')
  if (!existsSync(orPath)) return rows
  const table = loadCleanRetail(orPath)
  for (const [s, target] of [[0.01, 2], [0.005, 5]] as const) {
    let info = ''
    const before = mb()
    const t = await timeIt(() => {
      const b = basketsFromTable(table, 'InvoiceNo', 'StockCode')
      const r = apriori(b, { minSupport: s, minConfidence: 0.5 })
      info = `${b.offsets.length - 1} invoices x ${b.items.length} codes, ${r.itemsets.size} itemsets, ${r.rules.rhs.length} rules (c=0.5)`
    }, 3)
    rows.push({ issue: 5, what: `Online Retail baskets s=${s} (baskets+itemsets+rules)`, ours_s: t, target: `≤ ${target} s`, backend: 'node/ts', ok: t <= target, notes: `${info}; rss ${before}->${mb()} MB` })
  }
  {
    let info = ''
    const t = await timeIt(() => {
      const h = buildHistories(table, { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', item: 'StockCode' })
      const s = mineSequences(h, { windowDays: 365, minSupport: 0.01 })
      info = `${s.customers} customers, ${s.a.length} rules A->B within 365 d at support 0.01`
    }, 1)
    rows.push({ issue: 5, what: 'Online Retail sequential rules (histories+mining)', ours_s: t, target: '≤ 10 s', backend: 'node/ts', ok: t <= 10, notes: info })
  }
  const h = buildHistories(table, { customer: 'CustomerID', invoice: 'InvoiceNo', date: 'InvoiceDate', item: 'StockCode' })
  for (const method of ['itemknn', 'als'] as const) {
    const t0 = performance.now()
    const r = evaluateHoldout(h, { method, n: 10 })
    const t = (performance.now() - t0) / 1000
    rows.push({
      issue: 5,
      what: `Online Retail recommend ${method}: fit + holdout of last baskets`,
      ours_s: t,
      target: 'beats most-popular',
      backend: 'node/ts float64',
      ok: r.model.hitRate > r.baseline.hitRate,
      notes: `fit ${r.fitSeconds.toFixed(2)} s; ${r.customersEvaluated} customers; HR@10 ${r.model.hitRate.toFixed(4)} vs popular ${r.baseline.hitRate.toFixed(4)}; P@10 ${r.model.precision.toFixed(4)} vs ${r.baseline.precision.toFixed(4)}`,
    })
  }
  return rows
}
