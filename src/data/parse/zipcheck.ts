/**
 * A zip container's declared sizes, read from its central directory before anything is inflated,
 * so an .xlsx (or .zip) "bomb" is refused in milliseconds instead of after gigabytes.
 */
import { checkInflation, DEFAULT_INFLATE_LIMITS, type InflateLimits } from './source'
import { DataError } from '../errors'

export interface ZipEntrySize {
  name: string
  compressed: number
  uncompressed: number
}

/** Entries of a zip's central directory (ZIP64 sizes read as +∞: too large for a browser tab anyway). */
export function zipEntries(bytes: Uint8Array, file: string): ZipEntrySize[] {
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // end of central directory: 22 bytes + a comment of up to 65,535
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new DataError('xlsx', file, `${file} is not a complete zip file (its directory at the end is missing): the download or copy was probably cut short. Get the file again.`)
  const count = dv.getUint16(eocd + 10, true)
  let at = dv.getUint32(eocd + 16, true)
  const out: ZipEntrySize[] = []
  const dec = new TextDecoder()
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== 0x02014b50) {
      throw new DataError('xlsx', file, `${file} has a damaged zip directory (entry ${k + 1} of ${count}). Open it in a spreadsheet program and save it again.`)
    }
    const compressed = dv.getUint32(at + 20, true)
    const uncompressed = dv.getUint32(at + 24, true)
    const nameLen = dv.getUint16(at + 28, true)
    const extraLen = dv.getUint16(at + 30, true)
    const commentLen = dv.getUint16(at + 32, true)
    const name = dec.decode(bytes.subarray(at + 46, at + 46 + nameLen))
    out.push({ name, compressed, uncompressed: uncompressed === 0xffffffff ? Infinity : uncompressed })
    at += 46 + nameLen + extraLen + commentLen
  }
  return out
}

/** Refuse a zip whose declared contents break the decompression limits (total size and ratio). */
export function checkZip(bytes: Uint8Array, file: string, limits: InflateLimits = DEFAULT_INFLATE_LIMITS): ZipEntrySize[] {
  const entries = zipEntries(bytes, file)
  const total = entries.reduce((s, e) => s + e.uncompressed, 0)
  checkInflation(file, bytes.length, total, limits)
  return entries
}
