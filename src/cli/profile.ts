import { readTableFileFull } from '../data/node'
import { profileTable } from '../data/profile'
import { allowOnly, bool, parseArgs, progress, str } from './args'

/** What `campaign-lab profile --help` prints above the option list. */
export const help = `usage: campaign-lab profile --data FILE [--data FILE …] [--sep ';'] [--sheet NAME] [--baskets]
Several --data, or one .zip: the files appended as one dataset; .parquet is read as well.
Prints {file, rows, columns: [{name, type, role, count, missing, distinct, min, max, mean, std, top}], warnings}.`

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['baskets'])
  allowOnly(a, ['data', 'sep', 'sheet', 'baskets'])
  const file = str(a, 'data', true)
  let sep = str(a, 'sep')
  if (sep === '\\t' || sep === 'tab') sep = '\t'
  const bar = progress()
  const r = await readTableFileFull(file, { sep, sheet: str(a, 'sheet'), baskets: bool(a, 'baskets') || undefined }, { onProgress: bar.onProgress })
  bar.done()
  const p = profileTable(r.table, r.schema)
  const columns = p.columns.map((c) => ({
    name: c.name,
    type: c.type,
    role: c.role,
    count: c.count,
    missing: c.missing,
    distinct: c.distinct,
    min: c.minText ?? c.min ?? null,
    max: c.maxText ?? c.max ?? null,
    mean: c.type === 'date' || c.type === 'datetime' ? null : (c.mean ?? null),
    std: c.type === 'date' || c.type === 'datetime' ? null : (c.std ?? null),
    top: c.top ?? null,
  }))
  const out = {
    // several --data: the files in order (their rows are told apart by the source_file column)
    file: file.includes('\0') ? file.split('\0').join(', ') : file,
    ...(r.parts ? { parts: r.parts } : {}),
    ...(r.skipped?.length ? { skipped: r.skipped } : {}),
    format: r.format,
    encoding: r.encoding,
    delimiter: r.delimiter,
    rows: r.table.nRows,
    columns,
    warnings: r.warnings,
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}
