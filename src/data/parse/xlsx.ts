/**
 * Excel (.xlsx) sheets → typed columns. The reading itself is injected (XlsxReader) because
 * read-excel-file has one entry for web workers and another for Node; see xlsx-web.ts and ../node.ts.
 */
import type { Label } from '../../ml/core/message'
import { DataError } from '../errors'
import type { Table } from '../table'
import { cleanHeader, ColumnBuilder } from './columns'

export type XlsxCell = string | number | boolean | Date | null | undefined | object
export interface XlsxSheet {
  sheet: string
  data: XlsxCell[][]
}
/** Reads every sheet of an .xlsx file (read-excel-file's default export has this shape). */
export type XlsxReader = (bytes: Uint8Array) => Promise<XlsxSheet[]>

export function pickSheet(sheets: XlsxSheet[], file: string, wanted?: string): XlsxSheet {
  const names = sheets.map((s) => s.sheet)
  if (wanted !== undefined) {
    const s = sheets.find((x) => x.sheet === wanted) ?? sheets.find((x) => x.sheet.toLowerCase() === wanted.toLowerCase())
    if (!s) throw new DataError('sheet', file, `${file} has no sheet "${wanted}"; its sheets are: ${names.map((n) => JSON.stringify(n)).join(', ')}.`, { sheets: names })
    return s
  }
  const nonEmpty = sheets.filter((s) => s.data.some((r) => r.some((c) => c !== null && c !== undefined && c !== '')))
  if (nonEmpty.length === 1) return nonEmpty[0]
  if (nonEmpty.length === 0) throw new DataError('empty', file, `${file}: every sheet is empty (${names.join(', ')}).`)
  throw new DataError(
    'sheet',
    file,
    `${file} has ${nonEmpty.length} sheets with data: ${nonEmpty.map((s) => JSON.stringify(s.sheet)).join(', ')}. Which one should be loaded? Choose a sheet (CLI: --sheet NAME).`,
    { sheets: nonEmpty.map((s) => s.sheet) },
  )
}

/** First non-empty row is the header. Merged header cells arrive as one value followed by empty cells. */
export function sheetToTable(sheet: XlsxSheet, file: string): { table: Table; warnings: Label[] } {
  const warnings: Label[] = []
  const rows = sheet.data
  let h = 0
  while (h < rows.length && !rows[h].some((c) => c !== null && c !== undefined && c !== '')) h++
  if (h >= rows.length) throw new DataError('empty', file, `${file}: sheet "${sheet.sheet}" is empty.`)
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0)
  const rawHeader: string[] = []
  for (let j = 0; j < width; j++) {
    const c = rows[h][j]
    rawHeader.push(c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c))
  }
  // a named cell followed by empty header cells over non-empty data: a merged header cell
  const merged: string[] = []
  for (let j = 1; j < width; j++) {
    if (rawHeader[j] === '' && rawHeader[j - 1] !== '' && rows.slice(h + 1, h + 50).some((r) => r[j] !== null && r[j] !== undefined && r[j] !== '')) merged.push(rawHeader[j - 1])
  }
  if (merged.length) {
    warnings.push(
      `${file}: sheet "${sheet.sheet}" seems to have merged header cells (${merged.slice(0, 5).map((m) => JSON.stringify(m)).join(', ')} span several columns); the extra columns were named column_<position>. Unmerge the header so every column has its own name.`,
    )
  }
  const names = cleanHeader(rawHeader, file, warnings)
  const nData = rows.length - h - 1
  if (nData <= 0) throw new DataError('header-only', file, `${file}: sheet "${sheet.sheet}" has a header (${names.slice(0, 8).join(', ')}) but no data rows.`)
  const builders = names.map((n) => new ColumnBuilder(n, nData))
  let n = 0
  for (let i = h + 1; i < rows.length; i++) {
    const r = rows[i]
    if (!r.some((c) => c !== null && c !== undefined && c !== '')) continue
    for (let j = 0; j < width; j++) builders[j].pushValue(r[j])
    n++
  }
  return { table: { name: file, nRows: n, columns: builders.map((b) => b.finish()) }, warnings }
}
