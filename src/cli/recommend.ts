import { historiesFromArgs } from './histories'
import { evaluateHoldout, fitAls, fitItemKnn, interactionsFromHistories, recommendFor, type HoldoutResult, type Recommendation } from '../ml/rules/recommend'
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
  const h = await historiesFromArgs(a, file)
  const als = { factors: num(a, 'factors'), iterations: num(a, 'iterations'), seed: num(a, 'seed') }
  const alsOpts = Object.fromEntries(Object.entries(als).filter(([, v]) => v !== undefined))
  let recommendations: { customer: string; items: Recommendation[] } | undefined
  if (customerId) {
    const u = h.customers.indexOf(customerId.trim())
    if (u < 0) throw new CliError(`customer "${customerId}" has no dated purchases in ${cols.customer}`)
    const x = interactionsFromHistories(h)
    const model = method === 'als' ? fitAls(x, alsOpts) : fitItemKnn(x)
    recommendations = { customer: h.customers[u], items: recommendFor(model, x, u, top) }
  }
  let evaluation: HoldoutResult | undefined
  if (evaluate) evaluation = evaluateHoldout(h, { method, n: top, als: alsOpts })
  const out = { customers: h.customers.length, items: h.items.length, method, ...(recommendations ? { recommendations } : {}), ...(evaluation ? { evaluation } : {}) }
  process.stdout.write(JSON.stringify(out) + '\n')
}
