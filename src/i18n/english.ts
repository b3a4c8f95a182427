/**
 * For the CLI: a JSON.stringify replacer that writes every message code as its English text, so
 * the one JSON object a command prints reads like the app does in English.
 */
import { isMessage } from '../ml/core/message'
import { renderEnglish } from './render'

export function englishJson(_key: string, value: unknown): unknown {
  return isMessage(value) ? renderEnglish(value) : value
}
