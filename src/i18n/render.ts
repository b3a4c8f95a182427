/**
 * Renders message codes from src/ml and src/data ({code, params}) in a locale. Pure (no Vue): the
 * CLI and Node tests use it with the English catalogue; the app calls it with vue-i18n's current
 * locale (see useMessages.ts), so a language switch re-renders stored results.
 *
 * Catalogue entries are templates with {name} placeholders; an entry may instead be an object of
 * plural forms ({one, other}) chosen by the numeric parameter `n`. Numbers, percents, lists, sizes
 * and dates in parameters are formatted with Intl in the locale.
 */
import type { Message, MsgParam } from '../ml/core/message'
import en from './messages/en'
import es from './messages/es'
import * as uplift from './pages/uplift'
import * as clv from './pages/clv'
import * as explain from './pages/explain'
import * as retrain from './pages/retrain'
import * as tabs from './pages/tabs'
import * as limits from './pages/limits'
import * as engine from './pages/engine'

export type MessageLocale = 'en' | 'es'
export type PluralEntry = { one: string; other: string }
export type CatalogueEntry = string | PluralEntry
export type Catalogue = Record<string, CatalogueEntry>

/** Nested page catalogues flattened to dotted codes: { recommend: { keep: '…' } } → 'retrain.recommend.keep'. */
function flatten(prefix: string, node: unknown, out: Catalogue): Catalogue {
  if (typeof node === 'string') out[prefix] = node
  else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) flatten(`${prefix}.${k}`, v, out)
  return out
}

// The codes of the newer areas live in their page catalogues (also read by vue-i18n under the same
// keys); they join the one code catalogue here, so every code renders the same way everywhere.
const areas = { uplift, clv, explain, retrain, tabs, limits, engine } as const
function withAreas(base: Catalogue, locale: MessageLocale): Catalogue {
  const out: Catalogue = { ...base }
  for (const [name, mod] of Object.entries(areas)) flatten(name, mod[locale], out)
  return out
}

export const catalogues: Record<MessageLocale, Catalogue> = { en: withAreas(en, 'en'), es: withAreas(es, 'es') }

const INTL: Record<MessageLocale, string> = { en: 'en-US', es: 'es-ES' }

const numberFormats = new Map<string, Intl.NumberFormat>()
function nf(locale: MessageLocale, o: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(o)}`
  let f = numberFormats.get(key)
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(INTL[locale], o)))
  return f
}

/** A number in the locale: whole numbers grouped (10,000 / 10.000), others with at most `digits` decimals. */
export function formatNumber(x: number, locale: MessageLocale, digits = 2, minDigits = 0): string {
  if (Number.isNaN(x)) return '—'
  if (!Number.isFinite(x)) return x > 0 ? '∞' : '−∞'
  return nf(locale, { maximumFractionDigits: digits, minimumFractionDigits: Math.min(minDigits, digits) }).format(x)
}

/** A tiny or huge number in scientific notation in the locale: 3.3E-16 / 3,3E-16. */
export function formatScientific(x: number, locale: MessageLocale, digits = 1): string {
  if (!Number.isFinite(x)) return formatNumber(x, locale)
  return nf(locale, { notation: 'scientific', maximumFractionDigits: digits }).format(x)
}

/** A fraction as a percent in the locale: 0.153 → "15.3%" / "15,3 %". */
export function formatPercent(fraction: number, locale: MessageLocale, digits = 1, minDigits = 0): string {
  if (!Number.isFinite(fraction)) return '—'
  return nf(locale, { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: Math.min(minDigits, digits) }).format(fraction)
}

/** A byte count for people: 5121658 → "4.9 MB". */
export function formatBytes(n: number, locale: MessageLocale): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB']
  let v = n
  let u = 0
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024
    u++
  }
  return `${formatNumber(v, locale, u === 0 ? 0 : 1)} ${units[u]}`
}

export function formatDate(ms: number, locale: MessageLocale): string {
  if (!Number.isFinite(ms)) return '—'
  return new Intl.DateTimeFormat(INTL[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(ms))
}

function formatParam(p: MsgParam, locale: MessageLocale): string {
  if (typeof p === 'string') return p
  if (typeof p === 'number') return formatNumber(p, locale)
  if ('num' in p) return p.style === 'percent' ? formatPercent(p.num, locale, p.digits ?? 1, p.minDigits ?? 0) : formatNumber(p.num, locale, p.digits ?? 2, p.minDigits ?? 0)
  if ('list' in p) {
    const items = p.list.map((x) => formatParam(x, locale))
    return new Intl.ListFormat(INTL[locale], { type: p.or ? 'disjunction' : 'conjunction' }).format(items)
  }
  if ('bytes' in p) return formatBytes(p.bytes, locale)
  if ('date' in p) return formatDate(p.date, locale)
  return renderMessage(p, locale)
}

function fill(template: string, m: Message, locale: MessageLocale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const p = m.params?.[name]
    return p === undefined ? whole : formatParam(p, locale)
  })
}

function pick(entry: CatalogueEntry, m: Message, locale: MessageLocale): string {
  if (typeof entry === 'string') return entry
  const n = m.params?.n
  const count = typeof n === 'number' ? n : typeof n === 'object' && n !== null && 'num' in n ? n.num : NaN
  return new Intl.PluralRules(INTL[locale]).select(count) === 'one' ? entry.one : entry.other
}

/**
 * The text of a message in a locale. A code missing from the locale's catalogue falls back to the
 * English text; a code missing from both shows the code itself, so nothing is silently blank.
 */
export function renderMessage(m: Message, locale: MessageLocale): string {
  const own = catalogues[locale][m.code]
  if (own !== undefined) return fill(pick(own, m, locale), m, locale)
  const english = catalogues.en[m.code]
  if (english !== undefined) return `${fill(pick(english, m, 'en'), m, 'en')} [${m.code}]`
  const args = Object.entries(m.params ?? {}).map(([k, v]) => `${k}=${formatParam(v, 'en')}`)
  return `[${m.code}]${args.length ? ` ${args.join(', ')}` : ''}`
}

export function renderEnglish(m: Message): string {
  return renderMessage(m, 'en')
}
