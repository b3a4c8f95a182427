import { describe, expect, it } from 'vitest'
import type { DataErrorCode } from '../../../src/data/errors'
import { DataError } from '../../../src/data/errors'
import { errorMessage } from '../../../src/ml/core/message'
import { catalogues, renderMessage } from '../../../src/i18n/render'

// every code, listed so that a new code breaks the typecheck until it is listed (and so catalogued)
const CODES = {
  empty: true, 'header-only': true, binary: true, ragged: true, 'unknown-format': true, gzip: true, json: true, xlsx: true, sheet: true, baskets: true,
  'join-key': true, 'join-duplicate': true, override: true, 'too-large': true, quote: true, parquet: true, zip: true, 'append-schema': true, 'basket-line': true,
} satisfies Record<DataErrorCode, true>

describe('every bad-file code has a text in both languages', () => {
  it.each(Object.keys(CODES))('data.error.%s', (code) => {
    for (const loc of ['en', 'es'] as const) expect(catalogues[loc][`data.error.${code}`], `${loc} data.error.${code}`).toBeTypeOf('string')
    const e = new DataError(code as DataErrorCode, 'bomb.csv.gz', 'bomb.csv.gz expands 100× when decompressed', { row: 3 })
    // never the raw code with its parameters (what the page showed for a gzip bomb)
    expect(renderMessage(errorMessage(e), 'en')).toBe('bomb.csv.gz expands 100× when decompressed')
    expect(renderMessage(errorMessage(e), 'es')).toMatch(/bomb\.csv\.gz/)
    expect(renderMessage(errorMessage(e), 'es')).not.toMatch(/data\.error/)
  })
})
