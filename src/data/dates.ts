/**
 * Date / datetime text → milliseconds since 1970-01-01 UTC, reading the wall-clock time written in
 * the file as UTC (so "2010-12-01 08:26:00" → Date.UTC(2010, 11, 1, 8, 26)). An explicit offset, Z
 * or UTC/GMT in an ISO string is honoured.
 *
 * Forms read: YYYY-MM-DD[ HH:MM[:SS[.fff]]][offset]; dd/mm/yyyy and mm/dd/yyyy (also - and .) with
 * an optional time and AM/PM; month names in English and Spanish ("01-Dec-2010", "1 dic 2010",
 * "1 de diciembre de 2010", "Dec 1, 2010").
 *
 * Two-digit years ("12/1/10 8:26") use the POSIX strptime %y pivot, as R and Python do:
 * 00–68 → 2000–2068, 69–99 → 1969–1999.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy'

export interface DateFormat {
  order: DateOrder
  /** some value carried a time of day */
  hasTime: boolean
  /** day/month order could not be told from the values (all parts ≤ 12) */
  ambiguous: boolean
  /** some value had a two-digit year (read with the 69 pivot) */
  twoDigitYear?: boolean
  /** some value named its month ("Dec", "dic") */
  monthNames?: boolean
}

/** First year of the 1900s for two-digit years (POSIX %y): 69 → 1969, 68 → 2068. */
export const TWO_DIGIT_YEAR_PIVOT = 69

export function fullYear(y: string): number {
  const n = +y
  if (y.length !== 2) return n
  return n >= TWO_DIGIT_YEAR_PIVOT ? 1900 + n : 2000 + n
}

/** Month names and abbreviations (English, Spanish), lower case without accents → 1..12. */
const MONTHS: Record<string, number> = {}
;[
  ['jan', 'january', 'ene', 'enero'],
  ['feb', 'february', 'febrero'],
  ['mar', 'march', 'marzo'],
  ['apr', 'april', 'abr', 'abril'],
  ['may', 'mayo'],
  ['jun', 'june', 'junio'],
  ['jul', 'july', 'julio'],
  ['aug', 'august', 'ago', 'agosto'],
  ['sep', 'sept', 'september', 'set', 'septiembre', 'setiembre'],
  ['oct', 'october', 'octubre'],
  ['nov', 'november', 'noviembre'],
  ['dec', 'december', 'dic', 'diciembre'],
].forEach((names, i) => names.forEach((n) => (MONTHS[n] = i + 1)))

function monthOf(name: string): number {
  const k = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/\.$/, '')
  return MONTHS[k] ?? NaN
}

const TIME = String.raw`(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp]\.?[Mm]\.?)?)?`
/** 01-Dec-2010, 1 dic 2010, 1 de diciembre de 2010, 01/Dec/10 08:26 */
const D_MON_Y = new RegExp(String.raw`^(\d{1,2})(?:[-/. ]|\s+de\s+)([A-Za-z\u00C0-\u00FF]{3,10}\.?)(?:[-/. ,]\s*|\s+de\s+)(\d{4}|\d{2})` + TIME + '$')
/** Dec 1, 2010 / December 1 2010 */
const MON_D_Y = new RegExp(String.raw`^([A-Za-z\u00C0-\u00FF]{3,10}\.?)\s+(\d{1,2}),?\s+(\d{4})` + TIME + '$')

const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/
const XMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp]\.?[Mm]\.?)?)?$/

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
function daysIn(y: number, m: number): number {
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS[m - 1]
}

function build(y: number, mo: number, d: number, hh: string | undefined, mi: string | undefined, ss: string | undefined, frac: string | undefined, ampm?: string): number {
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return NaN
  let h = hh ? +hh : 0
  const m = mi ? +mi : 0
  const s = ss ? +ss : 0
  if (ampm) {
    if (h < 1 || h > 12) return NaN
    const pm = ampm[0] === 'p' || ampm[0] === 'P'
    h = (h % 12) + (pm ? 12 : 0)
  }
  if (h > 23 || m > 59 || s > 60) return NaN
  const ms = frac ? Math.round(+('0.' + frac) * 1000) : 0
  return Date.UTC(y, mo - 1, d, h, m, s, ms)
}

function offsetMs(z: string | undefined): number {
  if (!z || z === 'Z' || z === 'UTC' || z === 'GMT') return 0
  const sign = z[0] === '-' ? -1 : 1
  const digits = z.slice(1).replace(':', '')
  const h = +digits.slice(0, 2)
  const m = digits.length > 2 ? +digits.slice(2, 4) : 0
  return sign * (h * 60 + m) * 60000
}

/** Parse one value with a known order; NaN when it does not fit. */
export function parseDate(text: string, order: DateOrder): number {
  const s = text.trim()
  if (order === 'ymd') {
    const m = YMD.exec(s)
    if (!m) return NaN
    const t = build(+m[1], +m[3], +m[4], m[5], m[6], m[7], m[8])
    return t - offsetMs(m[9])
  }
  const m = XMY.exec(s)
  if (!m) return parseNamed(s)
  const a = +m[1]
  const b = +m[3]
  const y = fullYear(m[4])
  return order === 'dmy' ? build(y, b, a, m[5], m[6], m[7], m[8], m[9]) : build(y, a, b, m[5], m[6], m[7], m[8], m[9])
}

/** A date with its month named: the order is in the text, not a column choice. */
function parseNamed(s: string): number {
  let m = D_MON_Y.exec(s)
  if (m) return build(fullYear(m[3]), monthOf(m[2]), +m[1], m[4], m[5], m[6], m[7], m[8])
  m = MON_D_Y.exec(s)
  if (m) return build(+m[3], monthOf(m[1]), +m[2], m[4], m[5], m[6], m[7], m[8])
  return NaN
}

/**
 * Look at values (distinct texts) and decide whether they are dates and in which order.
 * `minShare` of the values must match one family. Returns null when they are not dates.
 */
export function detectDateFormat(values: readonly string[], minShare = 0.9): DateFormat | null {
  let ymd = 0
  let xmy = 0
  let firstBig = 0 // first part > 12: day first
  let secondBig = 0 // second part > 12: month first
  let hasTime = false
  let twoDigit = false
  let named = 0
  let n = 0
  for (const raw of values) {
    const s = raw.trim()
    if (!s) continue
    n++
    let m = YMD.exec(s)
    if (m) {
      if (Number.isFinite(build(+m[1], +m[3], +m[4], m[5], m[6], m[7], m[8]))) {
        ymd++
        if (m[5] !== undefined) hasTime = true
      }
      continue
    }
    m = XMY.exec(s)
    if (m) {
      const a = +m[1]
      const b = +m[3]
      if (a > 12) firstBig++
      if (b > 12) secondBig++
      if (a >= 1 && b >= 1 && (a <= 12 || b <= 12) && a <= 31 && b <= 31) xmy++
      if (m[5] !== undefined) hasTime = true
      if (m[4].length === 2) twoDigit = true
      continue
    }
    m = D_MON_Y.exec(s) ?? MON_D_Y.exec(s)
    if (m && Number.isFinite(parseNamed(s))) {
      named++
      if (m[4] !== undefined) hasTime = true
      if (m[3].length === 2) twoDigit = true
    }
  }
  if (n === 0) return null
  const extra = (f: DateFormat): DateFormat => {
    if (twoDigit) f.twoDigitYear = true
    if (named) f.monthNames = true
    return f
  }
  if (ymd >= minShare * n) return { order: 'ymd', hasTime, ambiguous: false }
  if (xmy + named >= minShare * n) {
    if (firstBig && secondBig) return null // both orders seen: not one date format
    if (secondBig) return extra({ order: 'mdy', hasTime, ambiguous: false })
    return extra({ order: 'dmy', hasTime, ambiguous: firstBig === 0 && xmy > 0 })
  }
  return null
}

/** ms since epoch → "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" (UTC wall clock). */
export function formatDate(ms: number, withTime: boolean): string {
  if (!Number.isFinite(ms)) return ''
  const iso = new Date(ms).toISOString()
  return withTime ? iso.slice(0, 19).replace('T', ' ') : iso.slice(0, 10)
}
