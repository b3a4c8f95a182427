/** English rendering of src/ml message codes for the CLI (the app renders them through vue-i18n). */
import { en as uplift } from '../i18n/pages/uplift'
import { MessageError, type Message } from '../ml/stats/messages'

const CATALOGUE: Record<string, unknown> = { uplift }

export function renderMessage(m: Message): string {
  let node: unknown = CATALOGUE
  for (const part of m.code.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
  if (typeof node !== 'string') return `${m.code} ${JSON.stringify(m.params)}`
  return node.replace(/\{(\w+)\}/g, (all, k: string) => (k in m.params ? String(m.params[k]) : all))
}

/** A MessageError becomes an Error whose message is the English text (one clear CLI line). */
export function asReadable(e: unknown): unknown {
  if (e instanceof MessageError) {
    const out = new Error(renderMessage(e))
    out.name = 'MessageError'
    return out
  }
  return e
}
