import { renderEnglish } from '@/i18n/render'
import type { Label } from '@/ml/core/message'

/** Warnings as the CLI prints them: message codes rendered in English, plain strings as they are. */
export const englishText = (ws: readonly Label[]): string => ws.map((w) => (typeof w === 'string' ? w : renderEnglish(w))).join(' ')
