/**
 * What src/ml tells a user travels as a message code with parameters, never as prose: the app
 * renders it through vue-i18n (src/i18n/pages/uplift.ts, English and Spanish) and the CLI through
 * the English catalogue.
 */
export type MessageParams = Record<string, string | number>

export interface Message {
  code: string
  params: MessageParams
}

export const message = (code: string, params: MessageParams = {}): Message => ({ code, params })

/** Bad input that stops a computation; `code`/`params` say why for the catalogue. */
export class MessageError extends Error {
  override name = 'MessageError'
  readonly code: string
  readonly params: MessageParams

  constructor(code: string, params: MessageParams = {}) {
    // The English rendering is the catalogue's job; the raw code keeps stack traces readable.
    super(`${code} ${JSON.stringify(params)}`)
    this.code = code
    this.params = params
  }
}
