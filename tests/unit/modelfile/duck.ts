/** Load a Table into an in-memory DuckDB (DOUBLE / VARCHAR columns, NULL = missing) and run SQL. */
import { DuckDBInstance } from '@duckdb/node-api'
import type { Table } from '../../../src/data/table'
import { quoteIdent, quoteString } from '../../../src/ml/sql'

export async function runOnTable(table: Table, sql: string, name = 'customers', types: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const c = await (await DuckDBInstance.create(':memory:')).connect()
  const cols = table.columns.map((col) => `${quoteIdent(col.name)} ${types[col.name] ?? (col.storage === 'number' ? 'DOUBLE' : 'VARCHAR')}`)
  await c.run(`CREATE TABLE ${quoteIdent(name)} (${cols.join(', ')})`)
  const B = 1000
  for (let s = 0; s < table.nRows; s += B) {
    const rows: string[] = []
    for (let i = s; i < Math.min(table.nRows, s + B); i++) {
      rows.push(`(${table.columns.map((col) => {
        if (col.storage === 'number') {
          const v = col.values[i]
          if (Number.isNaN(v)) return 'NULL'
          const lit = v.toExponential()
          return types[col.name] === 'TIMESTAMP' ? `make_timestamp(${Math.round(v * 1000)})` : lit
        }
        return col.codes[i] < 0 ? 'NULL' : quoteString(col.levels[col.codes[i]])
      }).join(', ')})`)
    }
    await c.run(`INSERT INTO ${quoteIdent(name)} VALUES ${rows.join(', ')}`)
  }
  return (await c.runAndReadAll(sql)).getRowObjects() as Record<string, unknown>[]
}
