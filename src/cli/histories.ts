import { readTableFile } from '../data/node'
import { patternsEngine, type HistoryArgs, type PatternsEngine } from '../engine/patterns'
import { ResultCache } from '../engine/cache'
import { str, type ParsedArgs } from './args'

/**
 * Shared by `sequences` and `recommend`: read the transaction file named by --data and hand it to
 * the Patterns engine (the one the app's ml worker dispatches to), with the history settings of
 * the flags: the log is cleaned when --quantity/--price are given (cancellations, non-positive
 * quantity or price). The histories are built once, here, and reused by the engine's later calls;
 * cleaning counts and warnings go to stderr.
 */
export async function historiesFromArgs(a: ParsedArgs, file: string): Promise<{ engine: PatternsEngine; args: HistoryArgs; resultId: string; customers: number; items: number; missingDateRows: number }> {
  const cols = { customer: str(a, 'customer', true), invoice: str(a, 'invoice', true), date: str(a, 'date', true), item: str(a, 'item', true) }
  const { table, schema, warnings } = await readTableFile(file, { sep: str(a, 'sep') })
  const quantity = str(a, 'quantity')
  const price = str(a, 'price')
  const args: HistoryArgs = { datasetId: 'data', ...cols, ...(quantity || price ? { clean: { invoice: cols.invoice, quantity, price, cancelPrefix: str(a, 'cancel-prefix') ?? 'C' } } : {}) }
  const engine = patternsEngine({ tables: () => ({ table, schema }), results: new ResultCache({ maxEntries: 2 }) })
  const h = engine.prepare(args)
  if (h.removed) process.stderr.write(`cleaning removed: ${JSON.stringify(h.removed)}\n`)
  for (const w of [...warnings, ...h.warnings]) process.stderr.write(`warning: ${w}\n`)
  return { engine, args, ...h }
}
