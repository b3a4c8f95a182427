/**
 * Errors for bad input files. Every message names the file and, where it applies, the row (line of
 * the file, 1-based) and the column, and says what the user can do about it.
 */
export class DataError extends Error {
  override name = 'DataError'
  readonly file: string
  readonly row?: number
  readonly column?: string
  /** machine-readable reason, for tests and UI branching */
  readonly code: DataErrorCode
  /** code 'sheet': the workbook's sheets with data, for a "which sheet?" prompt */
  readonly sheets?: string[]
  /** for the app's message (crosses the worker boundary with the code): file, row, column */
  readonly params: { file: string; row?: number; column?: string }
  constructor(code: DataErrorCode, file: string, message: string, where: { row?: number; column?: string; sheets?: string[] } = {}) {
    super(message)
    this.code = code
    this.file = file
    this.row = where.row
    this.column = where.column
    this.sheets = where.sheets
    this.params = { file, ...(where.row !== undefined ? { row: where.row } : {}), ...(where.column !== undefined ? { column: where.column } : {}) }
  }
}

export type DataErrorCode =
  | 'empty'
  | 'header-only'
  | 'binary'
  | 'ragged'
  | 'unknown-format'
  | 'gzip'
  | 'json'
  | 'xlsx'
  | 'sheet'
  | 'baskets'
  | 'join-key'
  | 'join-duplicate'
  | 'override'
  | 'too-large'
  | 'quote'
  | 'parquet'
  | 'zip'
  | 'append-schema'
  | 'basket-line'
