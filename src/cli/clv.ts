/**
 * npm run --silent cli -- clv
 *   (--data FILE --customer COL --date COL (--amount COL | --quantity COL --price COL) [--invoice COL] [--sep ;]
 *    | --summary FILE --frequency COL --recency COL --age COL [--monetary COL] [--customer COL])
 *   [--period day|week] [--end YYYY-MM-DD] [--model bgnbd|mbgnbd|paretonbd] [--horizon 90]
 *   [--months 12] [--discount 0.01] [--periods-per-month N]
 * Prints {"customers","repeatCustomers","period","model":{"name","params","logLik","se"},
 * "gammaGamma":{"params","logLik"}|null,"totals":{"expectedPurchases","clv"|null}} plus "comparison",
 * "periodsPerMonth" and "warnings" (English). expectedPurchases sums every customer's purchases
 * expected in the next --horizon periods; logLik is the sum over customers in the data's period unit.
 * A month is --periods-per-month periods: by default 30 for --period day and 4.345 for week
 * (lifetimes' 'D' and 'W'); give it when a --summary is in other units.
 * In --data mode the cleaning is segment's default (no customer id, cancellations, quantity/price/amount ≤ 0).
 */
import { renderEnglish } from '../i18n/render'
import { allowOnly, CliError, num, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import type { BtydModelName, ClvMessage, Period } from '../ml/clv'
import { BTYD_MODELS, PERIODS_PER_MONTH, renderMessage } from '../ml/clv'
import { MessageError } from '../ml/core/message'
import { segmentEngine } from '../engine/segment'
import { ResultCache } from '../engine/cache'
import { en } from '../i18n/pages/clv'

const KNOWN = ['data', 'sep', 'customer', 'invoice', 'date', 'quantity', 'price', 'amount', 'summary', 'frequency', 'recency', 'age', 'monetary', 'period', 'end', 'model', 'horizon', 'months', 'discount', 'periods-per-month'] as const

/** English text of a CLV message code (parameters that are codes themselves are rendered too). */
export function english(m: ClvMessage): string {
  const params = { ...m.params }
  if (typeof params.expected === 'string' && params.expected in en.expected) params.expected = en.expected[params.expected as keyof typeof en.expected]
  if (typeof params.model === 'string' && params.model in en.models) params.model = en.models[params.model as keyof typeof en.models]
  for (const k of ['gradient', 'logLik', 'spread', 'q']) if (typeof params[k] === 'number') params[k] = Number((params[k] as number).toPrecision(4))
  return renderMessage(en.msg, { code: m.code, params })
}

/** The engine's CLV codes are under clv.msg (the app's catalogue); the English texts here take the bare code. */
const CLV_CODE = 'clv.msg.'
const bare = (m: { code: string; params?: Record<string, unknown> }): ClvMessage => ({ code: m.code.slice(CLV_CODE.length), params: { ...m.params } } as ClvMessage)

function parseDay(s: string, flag: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)
  const v = m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) : NaN
  if (!Number.isFinite(v) || new Date(v).toISOString().slice(0, 10) !== s) throw new CliError(`--${flag} must be a date YYYY-MM-DD, got "${s}"`)
  return v
}

function positive(v: number | undefined, name: string, dflt: number, whole = false): number {
  if (v === undefined) return dflt
  if (!(v > 0) || (whole && !Number.isInteger(v))) throw new CliError(`--${name} must be a ${whole ? 'whole ' : ''}number > 0, got ${v}`)
  return v
}

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, KNOWN)
  const data = str(a, 'data')
  const summaryFile = str(a, 'summary')
  if ((data === undefined) === (summaryFile === undefined)) throw new CliError('give either --data FILE (a transaction log) or --summary FILE (frequency, recency, age per customer)')
  const period = (str(a, 'period') ?? 'day') as Period
  if (period !== 'day' && period !== 'week') throw new CliError(`--period must be day or week, got "${period}"`)
  const modelFlag = str(a, 'model')
  if (modelFlag !== undefined && !(BTYD_MODELS as readonly string[]).includes(modelFlag)) throw new CliError(`--model must be one of ${BTYD_MODELS.join(', ')}, got "${modelFlag}"`)
  const horizon = positive(num(a, 'horizon'), 'horizon', 90)
  const months = positive(num(a, 'months'), 'months', 12, true)
  const discount = num(a, 'discount') ?? 0.01
  if (!(discount >= 0)) throw new CliError(`--discount must be ≥ 0, got ${discount}`)
  const periodsPerMonth = positive(num(a, 'periods-per-month'), 'periods-per-month', PERIODS_PER_MONTH[period])
  const endText = str(a, 'end')
  const end = endText !== undefined ? parseDay(endText, 'end') : undefined

  try {
    const readWarnings: string[] = []
    const progress = (f: number): void => {
      process.stderr.write(`\r${Math.round(100 * f)}% fitting`.padEnd(30))
    }
    const ctx = { cancel: { cancelled: false }, onProgress: progress }
    const fit = { period, model: modelFlag as BtydModelName | undefined, horizon, months, discount, periodsPerMonth }
    let res
    if (data !== undefined) {
      for (const k of ['frequency', 'recency', 'age', 'monetary']) if (a.flags.has(k)) throw new CliError(`--${k} belongs to --summary mode`)
      const sep = str(a, 'sep')
      process.stderr.write(`reading ${data}\n`)
      const read = await readTableFile(data, sep ? { sep } : {})
      readWarnings.push(...read.warnings)
      const mapping = {
        customer: str(a, 'customer', true),
        invoice: str(a, 'invoice'),
        date: str(a, 'date', true),
        quantity: str(a, 'quantity'),
        price: str(a, 'price'),
        amount: str(a, 'amount'),
      }
      if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.price === undefined)) throw new CliError('give --amount, or both --quantity and --price')
      // the Segment page's engine: its transaction cleaning and its BTYD fit
      const engine = segmentEngine({ tables: () => read, results: new ResultCache({ maxEntries: 1 }) })
      res = engine.clvFromLog({ datasetId: 'data', mapping, end, ...fit }, ctx)
    } else {
      for (const k of ['invoice', 'date', 'quantity', 'price', 'amount', 'end']) if (a.flags.has(k)) throw new CliError(`--${k} belongs to --data mode`)
      const sep = str(a, 'sep')
      process.stderr.write(`reading ${summaryFile}\n`)
      const read = await readTableFile(summaryFile!, sep ? { sep } : {})
      readWarnings.push(...read.warnings)
      const engine = segmentEngine({ tables: () => read, results: new ResultCache({ maxEntries: 1 }) })
      res = engine.clvFromSummary({ datasetId: 'data', columns: { frequency: str(a, 'frequency', true), recency: str(a, 'recency', true), T: str(a, 'age', true), monetary: str(a, 'monetary'), customer: str(a, 'customer') }, ...fit }, ctx)
    }
    process.stderr.write('\n')
    const { cleaning, warnings, ...rest } = res
    const out = {
      ...rest,
      warnings: [...readWarnings, ...cleaning.map(renderEnglish), ...warnings.map((w) => english(bare(w)))],
    }
    process.stdout.write(JSON.stringify(out) + '\n')
  } catch (e) {
    if (e instanceof MessageError && e.code.startsWith(CLV_CODE)) throw new CliError(english(bare(e)))
    throw e
  }
}
