/**
 * Everything a user reads from the CLV code is a message code with parameters; the app renders them
 * through vue-i18n (src/i18n/pages/clv.ts, key "clv.msg.<code>"), the CLI through the English catalogue.
 */
export type ClvCode =
  | 'tooFewRepeat'
  | 'noCustomers'
  | 'futureDates'
  | 'afterEnd'
  | 'endBeforeFirst'
  | 'negativeMonetary'
  | 'ggInfiniteMean'
  | 'notConverged'
  | 'startsDisagree'
  | 'noDropout'
  | 'correlation'
  | 'badSummaryValue'
  | 'recencyAfterAge'
  | 'missingColumn'
  | 'nonNumericColumn'
  | 'badHoldoutSplit'
  | 'badOption'

export interface ClvMessage {
  code: ClvCode
  params: Record<string, string | number>
}

/** A refusal: the input cannot be modelled as given. `message` is the code, for logs only. */
export class ClvError extends Error {
  override name = 'ClvError'
  constructor(
    readonly code: ClvCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`clv.${code} ${JSON.stringify(params)}`)
  }
}

export const msg = (code: ClvCode, params: Record<string, string | number> = {}): ClvMessage => ({ code, params })

/** Fill "{name}" placeholders the way vue-i18n does (for the CLI, which has no vue-i18n). */
export function renderMessage(catalogue: Record<string, string>, m: ClvMessage): string {
  const t = catalogue[m.code] ?? m.code
  return t.replace(/\{(\w+)\}/g, (_, k: string) => (k in m.params ? String(m.params[k]) : `{${k}}`))
}
