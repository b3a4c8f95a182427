import { readTableFile } from '../data/node'
import { basketsFromTable, nTransactions } from '../ml/rules/baskets'
import { apriori } from '../ml/rules/rules'
import { topRules } from '../ml/rules/explore'
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
  const { table, warnings } = await readTableFile(file, { baskets: basketFile, sep })
  const b = basketFile ? basketsFromTable(table, 'basket', 'item') : basketsFromTable(table, basketCol as string, itemCol as string)
  for (const w of [...warnings, ...b.warnings]) process.stderr.write(`warning: ${w}\n`)
  const r = apriori(b, { minSupport, minConfidence, maxLen, minLift: num(a, 'min-lift', 0), maxItemsets: num(a, 'max-itemsets') })
  const out = {
    transactions: nTransactions(b),
    items: b.items.length,
    itemsets: r.itemsets.size,
    rules: r.rules.rhs.length,
    top: topRules(r.rules, top, 'lift').map((x) => ({ lhs: x.lhs, rhs: x.rhs, support: x.support, confidence: x.confidence, lift: x.lift, count: x.count })),
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}
