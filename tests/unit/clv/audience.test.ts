import { describe, expect, it } from 'vitest'
import { selectAudience } from '@/ml/campaign/audience'
import { numberColumn, stringColumn, type Table } from '@/data/table'
import { renderMessage } from '../../../src/i18n/render'
import type { Label } from '../../../src/ml/core/message'
import { MessageError } from '@/ml/core/message'

const inEn = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'en'))
const inEs = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'es'))

/** Six customers with a purchase probability, a 12-month CLV and a P(alive), chosen by hand. */
function table(): Table {
  return {
    name: 'segments',
    nRows: 6,
    columns: [
      stringColumn('customer', ['a', 'b', 'c', 'd', 'e', 'f']),
      numberColumn('p', [0.9, 0.5, 0.2, 0.6, 0.4, 0.3]),
      numberColumn('clv_12m', [100, 400, 1000, NaN, 300, 50]),
      numberColumn('p_alive', [0.95, 0.3, 0.8, 0.9, 0.6, 0.99]),
    ],
  }
}

describe('campaign audience by customer value', () => {
  it('ranks by expected value = score × CLV (a 90, b 200, c 200, e 120, f 15); ties keep file order', () => {
    const r = selectAudience(table(), { idColumn: 'customer', scoreColumn: 'p', value: { column: 'clv_12m', rank: 'expected' }, top: 3 })
    // d has no CLV and is left out with a step of its own
    expect(r.ids).toEqual(['b', 'c', 'e'])
    expect(Array.from(r.values!)).toEqual([200, 200, 120])
    expect(Array.from(r.scores)).toEqual([0.5, 0.2, 0.4])
    expect(r.cutoffValue).toBe(120)
    expect(r.cutoffScore).toBeNull()
    expect(r.funnel.map((f) => [inEn(f.step), f.removed, f.remaining])).toEqual([
      ['Scored customers', 0, 6],
      ['No value in clv_12m', 1, 5],
      ['Top 3 by expected value (score × clv_12m)', 2, 3],
    ])
    expect(r.warnings.map(inEn)).toEqual(['Left out for having no value in clv_12m: 1 customers.'])
    expect(inEs(r.funnel[2].step)).toBe('Los 3 con mayor valor esperado (puntuación × clv_12m)')
  })

  it('ranks by the value alone and filters on P(alive) before the top N', () => {
    const r = selectAudience(table(), { idColumn: 'customer', scoreColumn: 'p', value: { column: 'clv_12m', rank: 'value' }, alive: { column: 'p_alive', min: 0.5 }, top: 2 })
    // b (P(alive) 0.3) is dropped first; then by CLV: c 1000, e 300, a 100, f 50 (d has none)
    expect(r.ids).toEqual(['c', 'e'])
    expect(r.funnel.map((f) => [inEn(f.step), f.removed, f.remaining])).toEqual([
      ['Scored customers', 0, 6],
      ['P(alive) ≥ 50% (p_alive)', 1, 5],
      ['No value in clv_12m', 1, 4],
      ['Top 2 by clv_12m', 2, 2],
    ])
    expect(inEs(r.funnel[1].step)).toBe('P(activo) ≥ 50\u00a0% (p_alive)')
  })

  it('without a value the ranking is by score as before, and the filter still applies', () => {
    const r = selectAudience(table(), { idColumn: 'customer', scoreColumn: 'p', alive: { column: 'p_alive', min: 0.9 } })
    expect(r.ids).toEqual(['a', 'd', 'f'])
    expect(r.values).toBeNull()
  })

  it('refuses a P(alive) column that is not a probability, naming the column and row', () => {
    let err: unknown
    try {
      selectAudience(table(), { idColumn: 'customer', scoreColumn: 'p', alive: { column: 'clv_12m', min: 0.5 } })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(MessageError)
    expect(renderMessage({ code: (err as MessageError).code, params: (err as MessageError).params }, 'en')).toBe(
      'Column "clv_12m", row 1: 100 is not a probability (P(alive) must be between 0 and 1). Choose the p_alive column of the customer value run.',
    )
    expect(() => selectAudience(table(), { idColumn: 'customer', scoreColumn: 'p', alive: { column: 'p_alive', min: 1.5 } })).toThrow(MessageError)
  })
})
