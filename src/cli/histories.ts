import { readTableFile } from '../data/node'
import { cleanTransactionLog } from '../ml/rules/clean'
import { buildHistories, type CustomerHistories } from '../ml/rules/history'
import { str, type ParsedArgs } from './args'

/**
 * Shared by `sequences` and `recommend`: read the transaction file named by --data, clean it when
 * --quantity/--price are given (cancellations, non-positive quantity or price), and build each
 * customer's dated purchase history. Cleaning counts and warnings go to stderr.
 */
export async function historiesFromArgs(a: ParsedArgs, file: string): Promise<CustomerHistories> {
  const cols = { customer: str(a, 'customer', true), invoice: str(a, 'invoice', true), date: str(a, 'date', true), item: str(a, 'item', true) }
  const { table: raw, warnings } = await readTableFile(file, { sep: str(a, 'sep') })
  const quantity = str(a, 'quantity')
  const price = str(a, 'price')
  let table = raw
  if (quantity || price) {
    const c = cleanTransactionLog(raw, { invoice: cols.invoice, quantity, price, cancelPrefix: str(a, 'cancel-prefix') ?? 'C' })
    table = c.table
    process.stderr.write(`cleaning removed: ${JSON.stringify(c.removed)}\n`)
  }
  const h = buildHistories(table, cols)
  for (const w of [...warnings, ...h.warnings]) process.stderr.write(`warning: ${w}\n`)
  return h
}
