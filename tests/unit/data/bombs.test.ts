import { describe, expect, it } from 'vitest'
import { gzipSync, zipSync, strToU8 } from 'fflate'
import { parseFile } from '../../../src/data/parse'
import { DataError } from '../../../src/data/errors'
import { gunzipNode, readXlsxNode } from '../../../src/data/node'
import { checkInflation, gunzipChunks, DEFAULT_INFLATE_LIMITS } from '../../../src/data/parse/source'
import { checkZip, zipEntries } from '../../../src/data/parse/zipcheck'
import { CancelledError } from '../../../src/ml/core/progress'
import { englishText as english } from './english'

/** 80 MB of one repeated CSV line, gzipped at level 1: about 0.3 MB (over 200×). */
let bombBytes: Uint8Array | null = null
function gzipBomb(): Uint8Array {
  if (bombBytes) return bombBytes
  const big = new Uint8Array(80 * 1024 * 1024)
  big.set(strToU8('a,b,c\n'))
  // doubling copies: fast even for 80 MB
  for (let have = 6; have < big.length; have *= 2) big.copyWithin(have, 0, Math.min(have, big.length - have))
  bombBytes = gzipSync(big, { level: 1 })
  return bombBytes
}

async function drain(it: AsyncIterable<Uint8Array>): Promise<number> {
  let n = 0
  for await (const c of it) n += c.byteLength
  return n
}

async function* once(b: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < b.length; i += 65536) yield b.subarray(i, i + 65536)
}

describe('decompression limits', () => {
  it('the rule: over 2 GB, or over 100× past the first 64 MB', () => {
    expect(DEFAULT_INFLATE_LIMITS).toEqual({ maxBytes: 2 * 1024 ** 3, maxRatio: 100, ratioAfter: 64 * 1024 ** 2 })
    expect(() => checkInflation('f', 1e6, 63 * 1024 ** 2)).not.toThrow() // 66× but within the first 64 MB
    expect(() => checkInflation('f', 1e6, 65 * 1024 ** 2)).not.toThrow() // 68×
    expect(() => checkInflation('f', 0.5e6, 65 * 1024 ** 2)).toThrow(/expands 136× when decompressed/)
    expect(() => checkInflation('f', 1.5e9, 2 * 1024 ** 3 + 1)).toThrow(/more than 2\.0 GB/)
  })

  it('a gzip bomb stops early with a message naming the file and the limit (browser and Node decompressors)', { timeout: 180_000 }, async () => {
    const bomb = gzipBomb()
    expect(bomb.length).toBeLessThan(1024 ** 2)
    for (const gunzip of [gunzipChunks, gunzipNode]) {
      const err = await drain(gunzip(once(bomb), 'bomb.csv.gz')).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(DataError)
      expect((err as DataError).code).toBe('too-large')
      expect((err as DataError).message).toMatch(/^bomb\.csv\.gz expands \d+× when decompressed .* \(limit 100×\): reading stopped/)
    }
    const viaParse = await parseFile(bomb, 'bomb.csv.gz', { gunzip: gunzipNode }).catch((e: unknown) => e)
    expect((viaParse as DataError).code).toBe('too-large')
  })

  it('the count moves with what the decompressor was given, not with the 1 MB chunks it is handed (a chunk of a bomb expands to hundreds of MB)', { timeout: 180_000 }, async () => {
    // 80 MB of one repeated line, then 2 MB of noise (seeded): about 2.1 MB compressed, in one chunk.
    // Counted per chunk, 2.1 MB were "given" from the start and the 82 MB never broke 100×;
    // counted in 16 KB pieces, the first pieces expand about 1,000× and the file is refused early.
    const plain = new Uint8Array(82 * 1024 * 1024)
    plain.set(strToU8('a,b,c\n'))
    for (let have = 6; have < 80 * 1024 * 1024; have *= 2) plain.copyWithin(have, 0, Math.min(have, 80 * 1024 * 1024 - have))
    let x = 42
    for (let i = 80 * 1024 * 1024; i < plain.length; i++) plain[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24
    const input = gzipSync(plain, { level: 1 })
    expect(input.length).toBeGreaterThan(2 * 1024 ** 2)
    const limits = { maxBytes: 2 * 1024 ** 3, maxRatio: 100, ratioAfter: 1024 ** 2 }
    async function* oneChunk(): AsyncGenerator<Uint8Array> {
      yield input
    }
    for (const gunzip of [gunzipChunks, gunzipNode]) {
      const err = (await drain(gunzip(oneChunk(), 'bomb.csv.gz', limits)).catch((e: unknown) => e)) as DataError
      expect(err).toBeInstanceOf(DataError)
      expect(err.code).toBe('too-large')
      expect(Number(/\((\d+) MB from/.exec(err.message)?.[1])).toBeLessThan(40)
    }
  })

  it('a cancel while decompressing is reported as a cancel, not as a damaged file', { timeout: 20_000 }, async () => {
    async function* cancelled(): AsyncGenerator<Uint8Array> {
      yield gzipSync(strToU8('a,b\n1,2\n')).subarray(0, 10)
      throw new CancelledError()
    }
    for (const gunzip of [gunzipChunks, gunzipNode]) {
      const err = await drain(gunzip(cancelled(), 'x.csv.gz')).catch((e: unknown) => e)
      expect((err as Error).name).toBe('CancelledError')
    }
  })

  it('an .xlsx whose directory declares gigabytes is refused before anything is inflated', async () => {
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'), 'xl/worksheets/sheet1.xml': strToU8('<x/>'.repeat(1000)) })
    expect(zipEntries(zip, 'ok.xlsx').map((e) => e.name)).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml'])
    // forge the declared uncompressed size of the sheet: 3.9 GB
    const forged = zip.slice()
    const dv = new DataView(forged.buffer)
    for (let i = forged.length - 22; i >= 0; i--) {
      if (dv.getUint32(i, true) !== 0x02014b50) continue
      dv.setUint32(i + 24, 0xfffffff0, true)
      break
    }
    expect(() => checkZip(forged, 'bomb.xlsx')).toThrow(/bomb\.xlsx expands to more than 2\.0 GB when decompressed/)
    const err = await parseFile(forged, 'bomb.xlsx', { readXlsx: readXlsxNode }).catch((e: unknown) => e)
    expect((err as DataError).code).toBe('too-large')
  })

  it('a cut zip is named as incomplete', () => {
    const zip = zipSync({ 'a.csv': strToU8('a,b\n1,2\n') })
    expect(() => zipEntries(zip.subarray(0, zip.length - 30), 'cut.xlsx')).toThrow(/not a complete zip file/)
  })
})

describe('an unclosed quote is named with its line', () => {
  it('in a small file: the quote\'s line, not "the delimiter is probably wrong"', async () => {
    const text = 'id,name,city\n1,Ann,Madrid\n2,"Bob,Sevilla\n3,Cid,Bilbao\n4,Dan,Vigo\n5,Eva,Lugo\n'
    const err = await parseFile(strToU8(text), 'clients.csv').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DataError)
    expect((err as DataError).code).toBe('quote')
    expect((err as DataError).row).toBe(3)
    expect((err as DataError).message).toMatch(/^clients\.csv: a quote \(\"\) opened at line 3 is never closed/)
    expect((err as DataError).message).not.toMatch(/--sep|delimiter/)
  })

  it('in a large file: stopped after 16 MB of one open cell, not after the whole file', async () => {
    const row = strToU8('7,plain,row\n')
    const body = new Uint8Array(40 * 1024 * 1024)
    body.set(strToU8('id,name,city\n1,"open,quote\n'))
    const start = 27
    for (let o = start; o + row.length <= body.length; o += row.length) body.set(row, o)
    const err = await parseFile(body, 'big.csv').catch((e: unknown) => e)
    expect((err as DataError).code).toBe('quote')
    expect((err as DataError).row).toBe(2)
  }, 120_000)

  it('a quote left open on the last line only is a warning, the rows are kept', async () => {
    const r = await parseFile(strToU8('a,b\n1,2\n3,"x\n'), 'tail.csv')
    expect(r.table.nRows).toBe(2)
    expect(english(r.warnings)).toMatch(/malformed quotes at line 3/)
  })
})
