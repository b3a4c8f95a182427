/** Shared setup for the model-file tests: the committed bank and RFM samples, trained models. */
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { readTableFile } from '../../../src/data/node'
import type { ColumnSchema, Table } from '../../../src/data/table'
import { Preprocessor } from '../../../src/ml/preprocessing/pipeline'
import { encodeTarget } from '../../../src/ml/preprocessing/target'

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/modelfile')

export interface BankData {
  table: Table
  schema: ColumnSchema[]
  y: Uint8Array
  rows: Int32Array
  features: string[]
}

let bank: Promise<BankData> | null = null

/** bank_sample.csv with `duration` and the target left out of the features. */
export function loadBank(): Promise<BankData> {
  bank ??= (async () => {
    const { table, schema } = await readTableFile(join(FIXTURES, 'bank_sample.csv'), { sep: ';' })
    const t = encodeTarget(table, 'y', 'yes')
    const features = table.columns.map((c) => c.name).filter((n) => !['y', 'duration', 'client_id'].includes(n))
    return { table, schema, y: t.y, rows: t.rows, features }
  })()
  return bank
}

export async function bankPipeline(opts: { dropFirst?: boolean } = {}): Promise<{ data: BankData; pre: Preprocessor }> {
  const data = await loadBank()
  const pre = Preprocessor.fit({ table: data.table, rows: data.rows, features: data.features, schema: data.schema, options: { dropFirst: opts.dropFirst ?? false } })
  return { data, pre }
}

export async function loadRfm(): Promise<Table> {
  return (await readTableFile(join(FIXTURES, 'rfm_sample.csv'))).table
}
