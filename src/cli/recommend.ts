import { historiesFromArgs } from './histories'
import type { HoldoutResult, Recommendation } from '../ml/rules/recommend'
import { CliError, allowOnly, bool, num, parseArgs, str } from './args'

/** What `campaign-lab recommend --help` prints above the option list. */
export const help = `usage: campaign-lab recommend --data FILE --customer COL --invoice COL --date COL --item COL
   [--method itemknn|als] [--top 10] [--customer-id X] [--evaluate] [--quantity COL] [--price COL]
Prints {"customers","items","method", "recommendations":{customer, items:[{item,score,because,reason}]}}
for --customer-id, and/or "evaluation":{n, customersEvaluated, model:{hitRate,precision,recall},
baseline:{...}} for --evaluate (time-based holdout of each customer's last basket).`

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['evaluate'])
  allowOnly(a, ['data', 'customer', 'invoice', 'date', 'item', 'method', 'top', 'customer-id', 'evaluate', 'quantity', 'price', 'cancel-prefix', 'factors', 'iterations', 'seed', 'sep'])
  const file = str(a, 'data', true)
  const cols = { customer: str(a, 'customer', true), invoice: str(a, 'invoice', true), date: str(a, 'date', true), item: str(a, 'item', true) }
  const method = str(a, 'method') ?? 'itemknn'
  if (method !== 'itemknn' && method !== 'als') throw new CliError(`--method must be itemknn or als, got "${method}"`)
  const top = num(a, 'top', 10) as number
  if (!(Number.isInteger(top) && top >= 1)) throw new CliError(`--top must be a positive integer, got ${top}`)
  const customerId = str(a, 'customer-id')
  const evaluate = bool(a, 'evaluate')
  if (!customerId && !evaluate) throw new CliError('give --customer-id X and/or --evaluate')
  const { engine, args, resultId, customers, items } = await historiesFromArgs(a, file)
  // the Patterns page's engine: the same fits, recommendations and holdout as the app
  const als = { factors: num(a, 'factors'), iterations: num(a, 'iterations'), seed: num(a, 'seed') }
  const ctx = { cancel: { cancelled: false }, onProgress: () => {} }
  let recommendations: { customer: string; items: Recommendation[] } | undefined
  if (customerId) {
    const id = customerId.trim()
    if (!(await engine.customers({ resultId, query: id, limit: Infinity })).some((c) => c.id === id)) throw new CliError(`customer "${customerId}" has no dated purchases in ${cols.customer}`)
    const fit = await engine.recommendFit({ ...args, method, ...als }, ctx)
    const r = await engine.recommend({ resultId: fit.resultId, customer: id, n: top })
    recommendations = { customer: r.customer, items: r.items }
  }
  let evaluation: HoldoutResult | undefined
  if (evaluate) evaluation = await engine.evaluate({ resultId, method, n: top, ...als }, ctx)
  const out = { customers, items, method, ...(recommendations ? { recommendations } : {}), ...(evaluation ? { evaluation } : {}) }
  process.stdout.write(JSON.stringify(out) + '\n')
}
