/**
 * Language of the texts the campaign functions write for the page (funnel labels, A/B design
 * messages, group descriptions, warnings and notes). English is the default and the CLI's; Spanish
 * follows the UI. Errors thrown for bad input stay in English.
 */
import type { Lang } from '../clustering/profiles'

export type { Lang }

/** A whole number for the text: 10,000 (en) or 10.000 (es). */
export function fmtInt(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'es' ? 'es-ES' : 'en-US')
}

/** A decimal number with at most `digits` decimals in the language's format (1.5 / 1,5). */
export function fmtNum(x: number, lang: Lang, digits = 2, minDigits = 0): string {
  return x.toLocaleString(lang === 'es' ? 'es-ES' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: minDigits })
}
