import { writeFile } from 'node:fs/promises'
import { allowOnly, bool, parseArgs, str } from './args'
import { fileSystem } from '../ml/modelfile/node'
import { memoryModelStore, modelsEngine } from '../engine/models'
import { ResultCache } from '../engine/cache'

/** What `campaign-lab sql --help` prints above the option list. */
export const help = `usage: campaign-lab sql --model FILE [--table customers] [--id COL] [--out FILE.sql] [--raw]
Prints one JSON object {"model":…,"table":…,"sql":"SELECT …"} (with --raw: the SQL text only),
and writes the SQL to --out when given. Models that cannot be expressed in SQL (KNN and SVMs,
which need the training rows, votes containing them, queries over 5 MB) and invalid or tampered
files: one line on stderr, exit 1.`

const KNOWN = ['model', 'table', 'id', 'out', 'raw'] as const

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['raw'])
  allowOnly(a, KNOWN)
  const model = await fileSystem(str(a, 'model', true)).load()
  const table = str(a, 'table') ?? 'customers'
  const id = str(a, 'id')
  // the Models page's engine: the same SQL as the page's "Export as SQL"
  const engine = modelsEngine({ tables: () => { throw new Error('sql reads no data') }, results: new ResultCache({ maxEntries: 1 }), registry: memoryModelStore() })
  const sql = await engine.handlers.sql({ id: engine.hold(model), table, idColumn: id })
  const out = str(a, 'out')
  if (out) await writeFile(out, sql + '\n')
  if (bool(a, 'raw')) process.stdout.write(sql + '\n')
  else process.stdout.write(JSON.stringify({ model: { name: model.manifest.name, kind: model.manifest.kind, sha256: model.fileSha256 }, table, sql }) + '\n')
}
