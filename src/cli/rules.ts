import { readTableFile } from '../data/node'
import { defaultItemsetOptions } from '../ml/rules/itemsets'
import { patternsEngine } from '../engine/patterns'
import { ResultCache } from '../engine/cache'
import { CliError, allowOnly, bool, num, parseArgs, str } from './args'

/** What `campaign-lab rules --help` prints above the option list. */
export const help = `usage: campaign-lab rules --data FILE (--baskets | --basket COL --item COL) --min-support S
   --min-confidence C [--max-len 10] [--min-lift L] [--top 10] [--max-itemsets N] [--sep ,]
Prints {"transactions","items","itemsets","rules","top":[{lhs,rhs,support,confidence,lift,count}]}
(top by lift; ties: count desc, shorter LHS, labels). Warnings and progress on stderr.`

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['baskets'])
  allowOnly(a, ['data', 'baskets', 'basket', 'item', 'min-support', 'min-confidence', 'max-len', 'min-lift', 'top', 'max-itemsets', 'sep'])
  const file = str(a, 'data', true)
  const basketFile = bool(a, 'baskets')
  const basketCol = str(a, 'basket')
  const itemCol = str(a, 'item')
  if (basketFile && (basketCol || itemCol)) throw new CliError('use either --baskets or --basket COL --item COL, not both')
  if (!basketFile && !(basketCol && itemCol)) throw new CliError('give --baskets (one basket a line) or --basket COL --item COL')
  const minSupport = num(a, 'min-support') as number
  const minConfidence = num(a, 'min-confidence') as number
  if (minSupport === undefined) throw new CliError('--min-support is required')
  if (minConfidence === undefined) throw new CliError('--min-confidence is required')
  const maxLen = num(a, 'max-len', 10) as number
  const top = num(a, 'top', 10) as number
  if (!(Number.isInteger(top) && top >= 0)) throw new CliError(`--top must be a non-negative integer, got ${top}`)
  let sep = str(a, 'sep')
  if (sep === '\\t' || sep === 'tab') sep = '\t'
  const { table, schema, warnings } = await readTableFile(file, { baskets: basketFile, sep })
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`)
  // the Patterns page's engine, over this one file: the CLI reports what the app mines
  const engine = patternsEngine({ tables: () => ({ table, schema }), results: new ResultCache({ maxEntries: 2 }) })
  const source = basketFile ? { basket: 'basket', item: 'item' } : { basket: basketCol as string, item: itemCol as string }
  const maxItemsets = num(a, 'max-itemsets') ?? defaultItemsetOptions.maxItemsets
  const r = await engine.mine({ datasetId: 'data', source, minSupport, minConfidence, maxLen, minLift: num(a, 'min-lift', 0) as number, maxItemsets }, { cancel: { cancelled: false }, onProgress: () => {} })
  for (const w of r.warnings) process.stderr.write(`warning: ${w}\n`)
  if (r.status === 'explodes') {
    throw new Error(`Mining at support ${minSupport} would produce more than ${r.limit.toLocaleString('en-US')} frequent itemsets; raise the minimum support (try ${r.estimate.suggestedSupport}) or lower the maximum length`)
  }
  const byLift = { sort: 'lift' as const, descending: true, text: '', side: 'either' as const, prune: false }
  const rows = top > 0 ? (await engine.page({ resultId: r.resultId, ...byLift, page: 0, pageSize: top })).rows : []
  const out = {
    transactions: r.summary.transactions,
    items: r.summary.items,
    itemsets: r.itemsets,
    rules: r.rules,
    top: rows.map((x) => ({ lhs: x.lhs, rhs: x.rhs, support: x.support, confidence: x.confidence, lift: x.lift, count: x.count })),
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}
