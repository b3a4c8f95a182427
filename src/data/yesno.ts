/**
 * The one yes/no reader (results files, campaign customers, flags): the words analysts write in
 * English and Spanish, and numbers (non-zero = yes). Returns null for an empty cell and undefined
 * for a value that is neither, so each caller decides whether that is an error (and names the row).
 */
const YES = new Set(['1', 'true', 'yes', 'y', 'si', 'sí', 't', 'x', 'verdadero'])
const NO = new Set(['0', 'false', 'no', 'n', 'f', 'falso'])

export function parseYesNo(raw: string): 1 | 0 | null | undefined {
  const v = raw.trim().toLowerCase()
  if (v === '') return null
  if (YES.has(v)) return 1
  if (NO.has(v)) return 0
  const n = Number(v)
  return Number.isFinite(n) ? (n !== 0 ? 1 : 0) : undefined
}
