/**
 * Several files of one table as one dataset: the parts (or the files inside a .zip) are parsed one
 * by one, their columns checked against the first part's before anything is appended, then the
 * columns are concatenated with a column naming each row's source file. Missing or extra columns
 * stop the append (a DataError listing every difference); a column that is numbers in one part and
 * text in another is read as text and reported.
 */
import type { Label } from '../../ml/core/message'
import { unzipSync } from 'fflate'
import { checkCancel, type RunControl } from '../../ml/core/progress'
import { DataError } from '../errors'
import { codeNumbers, type Column, type Table } from '../table'
import type { ByteInput } from './source'

export interface PartInput {
  name: string
  bytes: ByteInput
}

/** What appendParts needs of one parsed part. */
export interface ParsedPart {
  file: string
  table: Table
}

/** Files a .zip may hold as parts (directories, macOS resource forks and hidden files are left out). */
const PART_EXT = /\.(csv|tsv|txt|tab|psv|json|jsonl|parquet|xlsx)(\.gz)?$/i

/** Whether zip bytes are an Excel workbook rather than an archive of data files. */
export function zipIsWorkbook(entries: string[]): boolean {
  return entries.includes('[Content_Types].xml') && entries.some((e) => e.startsWith('xl/'))
}

/** The data files inside a .zip, in name order (natural: part2 before part10). */
export function unzipParts(bytes: Uint8Array, file: string): PartInput[] {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(f.name) && PART_EXT.test(f.name) })
  } catch (e) {
    throw new DataError('zip', file, `${file} could not be unzipped (${(e as Error).message}). The archive is damaged or cut short: get it again, or unzip it and drop the files themselves.`)
  }
  const names = Object.keys(files).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  if (names.length === 0) {
    throw new DataError('zip', file, `${file} holds no data files (.csv, .tsv, .txt, .json, .parquet, .xlsx, optionally .gz). Put the parts of the table in the .zip, or drop them directly.`)
  }
  // entry names without their folder when that keeps them apart
  const base = names.map((n) => n.slice(n.lastIndexOf('/') + 1))
  const short = new Set(base).size === base.length
  return names.map((n, i) => ({ name: short ? base[i] : n, bytes: files[n] }))
}

export interface SchemaDiff {
  file: string
  missing: string[]
  extra: string[]
}

/** Type conflicts: a column read as numbers in some parts and as text in others. */
export interface TypeConflict {
  column: string
  numberIn: string[]
  textIn: string[]
  example: string
}

/** Column differences of every part against the first part (empty when all agree). */
export function schemaDiffs(parts: ParsedPart[]): SchemaDiff[] {
  const first = parts[0].table.columns.map((c) => c.name)
  const firstSet = new Set(first)
  const out: SchemaDiff[] = []
  for (const p of parts.slice(1)) {
    const names = p.table.columns.map((c) => c.name)
    const set = new Set(names)
    const missing = first.filter((n) => !set.has(n))
    const extra = names.filter((n) => !firstSet.has(n))
    if (missing.length || extra.length) out.push({ file: p.file, missing, extra })
  }
  return out
}

export function typeConflicts(parts: ParsedPart[]): TypeConflict[] {
  const out: TypeConflict[] = []
  for (const c0 of parts[0].table.columns) {
    const numberIn: string[] = []
    const textIn: string[] = []
    let example = ''
    for (const p of parts) {
      const c = p.table.columns.find((x) => x.name === c0.name) as Column
      if (c.storage === 'number') numberIn.push(p.file)
      else {
        textIn.push(p.file)
        if (!example) example = firstNonNumber(c)
      }
    }
    if (numberIn.length && textIn.length) out.push({ column: c0.name, numberIn, textIn, example })
  }
  return out
}

function firstNonNumber(c: Column): string {
  if (c.storage !== 'string') return ''
  return c.levels.find((l) => !Number.isFinite(Number(l.trim())) || l.trim() === '') ?? c.levels[0] ?? ''
}

/** The name of the source-file column: "source_file" unless the table has one already. */
export function sourceColumnName(names: readonly string[]): string {
  let name = 'source_file'
  for (let k = 2; names.includes(name); k++) name = `source_file_${k}`
  return name
}

/**
 * Append parsed parts (same columns, any order) into one table named `name`, with a source-file
 * column. Throws DataError 'append-schema' listing every difference when the columns differ.
 * `basketColumn`: basket-per-line parts number their baskets from 0; they are renumbered to stay apart.
 */
export function appendParts(parts: ParsedPart[], name: string, opts: { basketColumn?: string; control?: RunControl } = {}): { table: Table; warnings: Label[]; sourceColumn: string } {
  if (parts.length === 0) throw new DataError('empty', name, `${name}: no files to append.`)
  const diffs = schemaDiffs(parts)
  if (diffs.length) {
    const first = parts[0]
    const lines = diffs.slice(0, 10).map((d) => `${d.file}${d.missing.length ? ` lacks ${d.missing.map((m) => `"${m}"`).join(', ')}` : ''}${d.missing.length && d.extra.length ? ' and' : ''}${d.extra.length ? ` has ${d.extra.map((m) => `"${m}"`).join(', ')} in addition` : ''}`)
    throw new DataError(
      'append-schema',
      name,
      `${name}: the files do not share one set of columns, so nothing was appended. Compared with ${first.file} (${first.table.columns.length} columns): ${lines.join('; ')}${diffs.length > 10 ? `; and ${diffs.length - 10} more file(s)` : ''}. Load those files separately, or fix their headers so every file has the same columns.`,
      { column: diffs[0].missing[0] ?? diffs[0].extra[0] },
    )
  }
  const warnings: Label[] = []
  const conflicts = typeConflicts(parts)
  for (const c of conflicts) {
    warnings.push(
      `${name}: column "${c.column}" is numbers in ${list(c.numberIn)} but text in ${list(c.textIn)} (e.g. ${JSON.stringify(c.example)}); it was appended as text. Set its type in the schema if the text cells mean "missing".`,
    )
  }
  const nRows = parts.reduce((a, p) => a + p.table.nRows, 0)
  const names = parts[0].table.columns.map((c) => c.name)
  const columns: Column[] = names.map((col) => {
    checkCancel(opts.control?.cancel)
    const cols = parts.map((p) => p.table.columns.find((c) => c.name === col) as Column)
    if (cols.every((c) => c.storage === 'number')) {
      const values = new Float64Array(nRows)
      let at = 0
      let offset = 0
      cols.forEach((c, i) => {
        const v = (c as { values: Float64Array }).values
        if (col === opts.basketColumn) {
          let max = -1
          for (let r = 0; r < v.length; r++) {
            values[at + r] = v[r] + offset
            if (v[r] > max) max = v[r]
          }
          offset += max + 1
        } else values.set(v, at)
        at += parts[i].table.nRows
      })
      const texts = cols.map((c) => (c.storage === 'number' ? c.text : undefined))
      if (texts.every((t) => t)) return { name: col, storage: 'number', values, text: concatCodes(texts as { codes: Int32Array; levels: string[] }[], nRows) }
      return { name: col, storage: 'number', values }
    }
    return { name: col, storage: 'string', ...concatCodes(cols.map(asText), nRows) }
  })
  const source = sourceColumnName(names)
  const codes = new Int32Array(nRows)
  let at = 0
  parts.forEach((p, i) => {
    codes.fill(i, at, at + p.table.nRows)
    at += p.table.nRows
  })
  columns.push({ name: source, storage: 'string', codes, levels: parts.map((p) => p.file) })
  return { table: { name, nRows, columns }, warnings, sourceColumn: source }
}

function list(files: string[]): string {
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`
}

/** A column's text form: its own levels, the file text a numeric column kept, or its numbers written out. */
function asText(c: Column): { codes: Int32Array; levels: string[] } {
  if (c.storage === 'string') return c
  if (c.text) return c.text
  return codeNumbers(c.values)
}

/** Concatenate dictionary-coded columns under one merged dictionary. */
function concatCodes(parts: { codes: Int32Array; levels: string[] }[], n: number): { codes: Int32Array; levels: string[] } {
  const index = new Map<string, number>()
  const levels: string[] = []
  const codes = new Int32Array(n)
  let at = 0
  for (const p of parts) {
    const map = new Int32Array(p.levels.length)
    p.levels.forEach((l, k) => {
      let g = index.get(l)
      if (g === undefined) {
        g = levels.length
        levels.push(l)
        index.set(l, g)
      }
      map[k] = g
    })
    for (let i = 0; i < p.codes.length; i++) codes[at + i] = p.codes[i] < 0 ? -1 : map[p.codes[i]]
    at += p.codes.length
  }
  return { codes, levels }
}
