/**
 * SHA-256 through Web Crypto (`crypto.subtle`, in browsers, workers and Node ≥ 20), and the
 * training-data fingerprint: a hash of the rows' values, never the rows themselves.
 */
import type { Table } from '../../data/table'
import type { TrainingFingerprint } from './types'

function subtle(): SubtleCrypto {
  const c = globalThis.crypto
  if (!c?.subtle) throw new Error('Web Crypto (crypto.subtle) is not available: open the app over https or localhost')
  return c.subtle
}

export function toHex(buf: ArrayBuffer | Uint8Array): string {
  const b = buf instanceof Uint8Array ? buf : new Uint8Array(buf)
  let s = ''
  for (let i = 0; i < b.length; i++) s += b[i].toString(16).padStart(2, '0')
  return s
}

/** SHA-256 (lowercase hex) of bytes or of a string's UTF-8 encoding. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  // copy into a plain ArrayBuffer-backed view (digest refuses SharedArrayBuffer views)
  const view = bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes)
  return toHex(await subtle().digest('SHA-256', view as Uint8Array<ArrayBuffer>))
}

/**
 * Fingerprint of training data: row count, column names and a SHA-256 over the values of the
 * given rows (all rows when omitted), column by column: each column is hashed from its name and
 * its values (numbers as float64 little-endian, NaN = missing; strings as length-prefixed UTF-8,
 * −1 = missing), then the column hashes are hashed together. Memory stays at one column.
 */
export async function fingerprintTable(table: Table, rows?: ArrayLike<number>, columns?: string[]): Promise<TrainingFingerprint> {
  const n = rows ? rows.length : table.nRows
  const cols = columns ? table.columns.filter((c) => columns.includes(c.name)) : table.columns
  const enc = new TextEncoder()
  const colHashes: string[] = []
  for (const c of cols) {
    const name = enc.encode(c.name)
    let body: Uint8Array
    if (c.storage === 'number') {
      const v = new Float64Array(n)
      for (let k = 0; k < n; k++) {
        const x = c.values[rows ? rows[k] : k]
        v[k] = Number.isNaN(x) ? NaN : x
      }
      body = new Uint8Array(v.buffer)
    } else {
      const levelBytes = c.levels.map((l) => enc.encode(l))
      let size = 0
      for (let k = 0; k < n; k++) {
        const code = c.codes[rows ? rows[k] : k]
        size += 4 + (code < 0 ? 0 : levelBytes[code].length)
      }
      body = new Uint8Array(size)
      const dv = new DataView(body.buffer)
      let o = 0
      for (let k = 0; k < n; k++) {
        const code = c.codes[rows ? rows[k] : k]
        if (code < 0) {
          dv.setInt32(o, -1, true)
          o += 4
        } else {
          const lb = levelBytes[code]
          dv.setInt32(o, lb.length, true)
          body.set(lb, o + 4)
          o += 4 + lb.length
        }
      }
    }
    const buf = new Uint8Array(4 + name.length + 1 + body.length)
    new DataView(buf.buffer).setInt32(0, name.length, true)
    buf.set(name, 4)
    buf[4 + name.length] = c.storage === 'number' ? 1 : 2
    buf.set(body, 5 + name.length)
    colHashes.push(await sha256Hex(buf))
  }
  const sha256 = await sha256Hex(`rows=${n};` + colHashes.join(','))
  return { rows: n, columns: cols.map((c) => c.name), sha256, dataset: table.name || undefined }
}
