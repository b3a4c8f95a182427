/**
 * What src/ml and src/data tell a user, as data: a message code and its parameters. The app renders
 * codes through the UI's catalogue (src/i18n/messages), the CLI through the English one; results keep
 * the codes, so a stored result has no language and a language switch re-renders without re-running.
 */
import { renderEnglish } from '../../i18n/render'

/** A number the renderer formats in the reader's locale (grouping, decimal mark, percent sign). */
export interface NumParam {
  num: number
  /** 'percent' takes a fraction (0.153 → 15.3 %) */
  style?: 'decimal' | 'percent'
  /** most decimals shown (default 2 for decimals, 1 for percents) */
  digits?: number
  /** fewest decimals shown (default 0) */
  minDigits?: number
}
/** A list joined in the reader's language: "a, b and c" / "a, b y c" (or "a or b" with `or`). */
export interface ListParam { list: MsgParam[]; or?: boolean }
/** A size in bytes shown as KB/MB/GB. */
export interface BytesParam { bytes: number }
/** A date (ms since epoch, UTC) shown as a short date. */
export interface DateParam { date: number }

export type MsgParam = string | number | Message | NumParam | ListParam | BytesParam | DateParam
export type MsgParams = Record<string, MsgParam>

export interface Message {
  code: string
  params?: MsgParams
}

export function msg(code: string, params?: MsgParams): Message {
  return params ? { code, params } : { code }
}

export const num = (x: number, digits?: number, minDigits?: number): NumParam => ({ num: x, ...(digits !== undefined ? { digits } : {}), ...(minDigits !== undefined ? { minDigits } : {}) })
export const pct = (fraction: number, digits?: number, minDigits?: number): NumParam => ({ num: fraction, style: 'percent', ...(digits !== undefined ? { digits } : {}), ...(minDigits !== undefined ? { minDigits } : {}) })
export const list = (items: MsgParam[], or = false): ListParam => (or ? { list: items, or } : { list: items })
export const bytes = (n: number): BytesParam => ({ bytes: n })

export function isMessage(x: unknown): x is Message {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false
  const code = (x as Message).code
  return typeof code === 'string' && /^[a-z][\w-]*(\.[\w-]+)+$/.test(code) && Object.keys(x).every((k) => k === 'code' || k === 'params')
}

/**
 * An error a user reads. `message` is the English text (for the CLI, logs and tests); the app
 * renders `code` and `params` in the UI's language, also after the error crossed a worker boundary.
 */
export class MessageError extends Error {
  override name = 'MessageError'
  readonly code: string
  readonly params?: MsgParams
  constructor(code: string, params?: MsgParams) {
    super(renderEnglish({ code, params }))
    this.code = code
    this.params = params
  }
}

/** The message carried by an error: its code when it has one, else its text under a generic code. */
export function errorMessage(e: unknown): Message {
  const x = e as { name?: unknown; code?: unknown; params?: MsgParams; message?: unknown }
  if (x && typeof x.code === 'string' && x.code.includes('.')) return msg(x.code, x.params)
  // Bad input files (src/data DataError): English shows the error's own detailed sentence; other
  // languages a sentence per reason, then where (row, column) it is.
  if (x && x.name === 'DataError' && typeof x.code === 'string' && x.params) {
    const { row, column } = x.params
    const where = row !== undefined && column !== undefined ? msg('data.error.atRowColumn', { row, column })
      : row !== undefined ? msg('data.error.atRow', { row }) : column !== undefined ? msg('data.error.atColumn', { column }) : ''
    return msg(`data.error.${x.code}`, { file: x.params.file, where, detail: String(x.message ?? '') })
  }
  return msg('error.other', { text: String(x?.message ?? e) })
}

/** A text as results carry it: a message code, or plain text (e.g. read from a campaign file). */
export type Label = Message | string
