import { historiesFromArgs } from './histories'
import type { SequenceMetric } from '../ml/rules/sequences'
import { CliError, allowOnly, num, parseArgs, str } from './args'

/** What `campaign-lab sequences --help` prints above the option list. */
export const help = `usage: campaign-lab sequences --data FILE --customer COL --invoice COL --date COL --item COL
   [--window 365] [--min-support 0.01] [--min-confidence 0] [--top 10] [--sort support|confidence|lift]
   [--quantity COL] [--price COL] [--cancel-prefix C]
Rules "A, then B within W days" (support = share of customers). Prints {"customers","items",
"rules","skippedMissingDate","top":[{a,b,support,confidence,lift,count,lag:{medianDays,withinWindow,peaks:[{week,count}]}}]}.
With --quantity/--price the log is cleaned first (cancellations, quantity <= 0, price <= 0).`

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, ['data', 'customer', 'invoice', 'date', 'item', 'window', 'min-support', 'min-confidence', 'top', 'sort', 'quantity', 'price', 'cancel-prefix', 'sep'])
  const file = str(a, 'data', true)
  const windowDays = num(a, 'window', 365) as number
  const top = num(a, 'top', 10) as number
  const sort = (str(a, 'sort') ?? 'support') as SequenceMetric
  if (!['support', 'confidence', 'lift', 'count'].includes(sort)) throw new CliError(`--sort must be support, confidence, lift or count, got "${sort}"`)
  const { engine, args } = await historiesFromArgs(a, file)
  // the Patterns page's engine: the same mining, order and lag histograms as the app
  const s = await engine.sequences({ ...args, windowDays, minSupport: num(a, 'min-support', 0.01) as number, minConfidence: num(a, 'min-confidence', 0) as number }, { cancel: { cancelled: false }, onProgress: () => {} })
  const rows = top > 0 ? (await engine.seqPage({ resultId: s.resultId, sort, page: 0, pageSize: top })).rows : []
  const out = {
    customers: s.customers,
    items: s.items,
    rules: s.rules,
    windowDays,
    skippedMissingDate: s.missingDateRows,
    top: await Promise.all(rows.map(async ({ index: _index, ...r }) => {
      const lag = await engine.lag({ resultId: s.resultId, a: r.a, b: r.b })
      return { ...r, lag: { medianDays: Number.isNaN(lag.medianDays) ? null : lag.medianDays, withinWindow: lag.withinWindow, peaks: lag.peaks } }
    })),
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}
