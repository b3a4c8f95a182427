/**
 * Rendering message codes in the page: `tm(x)` renders a {code, params} in vue-i18n's current locale
 * (plain strings, e.g. from a campaign file written by an older version, pass through). Reading the
 * locale inside makes every template that calls it re-render on a language switch, with no re-run.
 */
import { useI18n } from 'vue-i18n'
import type { Message } from '@/ml/core/message'
import { errorMessage } from '@/ml/core/message'
import { formatBytes, formatDate, formatNumber, formatPercent, formatScientific, renderMessage, type MessageLocale } from './render'

export type Renderable = Message | string | null | undefined

export function useMessages() {
  const { locale } = useI18n()
  const loc = (): MessageLocale => (locale.value === 'es' ? 'es' : 'en')
  return {
    tm: (m: Renderable): string => (m == null ? '' : typeof m === 'string' ? m : renderMessage(m, loc())),
    /** an error's text in the UI language (its code survives the worker boundary) */
    te: (e: unknown): string => renderMessage(errorMessage(e), loc()),
    fmtInt: (x: number): string => formatNumber(x, loc(), 0),
    fmtNum: (x: number, digits = 2, minDigits = 0): string => formatNumber(x, loc(), digits, minDigits),
    fmtSci: (x: number, digits = 1): string => formatScientific(x, loc(), digits),
    fmtPct: (fraction: number, digits = 1, minDigits = 0): string => formatPercent(fraction, loc(), digits, minDigits),
    fmtBytes: (n: number): string => formatBytes(n, loc()),
    fmtDate: (ms: number): string => formatDate(ms, loc()),
  }
}
