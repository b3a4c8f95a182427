/**
 * Date / datetime text → milliseconds since 1970-01-01 UTC, reading the wall-clock time written in
 * the file as UTC (so "2010-12-01 08:26:00" → Date.UTC(2010, 11, 1, 8, 26)). An explicit offset or Z
 * in an ISO string is honoured.
 */
export type DateOrder = 'ymd' | 'dmy' | 'mdy'

export interface DateFormat {
  order: DateOrder
  /** some value carried a time of day */
  hasTime: boolean
  /** day/month order could not be told from the values (all parts ≤ 12) */
  ambiguous: boolean
}

const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/
const XMY = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AaPp][Mm])?)?$/

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
  if (!z || z === 'Z') return 0
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
  if (!m) return NaN
  const a = +m[1]
  const b = +m[3]
  return order === 'dmy' ? build(+m[4], b, a, m[5], m[6], m[7], m[8], m[9]) : build(+m[4], a, b, m[5], m[6], m[7], m[8], m[9])
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
    }
  }
  if (n === 0) return null
  if (ymd >= minShare * n) return { order: 'ymd', hasTime, ambiguous: false }
  if (xmy >= minShare * n) {
    if (firstBig && secondBig) return null // both orders seen: not one date format
    if (secondBig) return { order: 'mdy', hasTime, ambiguous: false }
    return { order: 'dmy', hasTime, ambiguous: firstBig === 0 }
  }
  return null
}

/** ms since epoch → "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" (UTC wall clock). */
export function formatDate(ms: number, withTime: boolean): string {
  if (!Number.isFinite(ms)) return ''
  const iso = new Date(ms).toISOString()
  return withTime ? iso.slice(0, 19).replace('T', ' ') : iso.slice(0, 10)
}
