import { describe, expect, it } from 'vitest'
import { customerIds, selectAudience } from '@/ml/campaign/audience'
import { numberColumn, stringColumn, type Table } from '@/data/table'
import { renderMessage } from '../../../src/i18n/render'
import type { Label } from '../../../src/ml/core/message'

const inEs = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'es'))
const inEn = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'en'))

function scored(): Table {
  // 10 customers, scores chosen by hand; c7 opted out, c3 contacted 10 days ago (pdays), c9 on the suppression list
  const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9']
  const p = [0.9, 0.1, 0.45, 0.8, 0.3, NaN, 0.2, 0.95, 0.45, 0.6]
  return {
    name: 'scores.csv',
    nRows: 10,
    columns: [
      stringColumn('id', ids),
      numberColumn('p', p),
      stringColumn('optout', ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'Yes', 'no', 'no']),
      numberColumn('pdays', [-1, -1, 200, 10, -1, -1, 40, -1, -1, -1]),
      stringColumn('segment', ['A', 'B', 'A', 'B', 'A', 'A', 'B', 'A', 'B', 'A']),
    ],
  }
}

describe('selectAudience', () => {
  it('applies exclusions then top N and counts every step', () => {
    const r = selectAudience(scored(), {
      idColumn: 'id', scoreColumn: 'p', top: 4,
      exclusions: [
        { kind: 'flag', column: 'optout', label: 'opted out' },
        { kind: 'range', column: 'pdays', min: 0, max: 30, label: 'contacted in the last 30 days' },
        { kind: 'ids', ids: ['c9', 'zz'] },
      ],
    })
    expect(r.funnel.map((f) => ({ ...f, step: inEn(f.step) }))).toEqual([
      { step: 'Scored customers', removed: 0, remaining: 10 },
      { step: 'Without a score', removed: 1, remaining: 9 },
      { step: 'Excluded: opted out', removed: 1, remaining: 8 },
      { step: 'Excluded: contacted in the last 30 days', removed: 1, remaining: 7 },
      { step: 'Excluded: suppression list (2 ids)', removed: 1, remaining: 6 },
      { step: 'Top 4', removed: 2, remaining: 4 },
    ])
    // c0 .9, then c2 and c8 tie at .45 (file order), then c4 .3
    expect(r.ids).toEqual(['c0', 'c2', 'c8', 'c4'])
    expect(r.cutoffScore).toBe(0.3)
    expect(r.warnings.map(inEn).join(' ')).toMatch(/1 of 2 ids found/)
  })
  it('band and segment', () => {
    const r = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', band: { min: 0.15, max: 0.5, name: 'hesitant' } })
    expect(r.ids).toEqual(['c2', 'c8', 'c4', 'c6'])
    expect(inEn(r.funnel.at(-1)!.step)).toBe('Band hesitant 15%–50%')
    const s = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', segment: { column: 'segment', values: ['B'] } })
    expect(s.ids).toEqual(['c3', 'c8', 'c6', 'c1'])
  })
  it('top N larger than the audience takes everyone with a warning', () => {
    const r = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', top: 100 })
    expect(r.ids.length).toBe(9)
    expect(r.warnings.map(inEn).join(' ')).toMatch(/Top 100 asked for, but only 9 customers are left/)
    expect({ ...r.funnel.at(-1)!, step: inEn(r.funnel.at(-1)!.step) }).toEqual({ step: 'Top 100 (only 9 available)', removed: 0, remaining: 9 })
  })
  it('recent contact by date', () => {
    const t = scored()
    const day = 86_400_000
    const asOf = Date.UTC(2024, 0, 31)
    t.columns.push(numberColumn('last_contact', [asOf - 3 * day, NaN, asOf - 40 * day, NaN, NaN, NaN, NaN, NaN, NaN, asOf - 30 * day]))
    const r = selectAudience(t, { idColumn: 'id', scoreColumn: 'p', exclusions: [{ kind: 'recent', column: 'last_contact', days: 30, asOf }] })
    expect(r.funnel[2].removed).toBe(2)
    expect(r.ids).not.toContain('c0')
    expect(r.ids).not.toContain('c9')
  })
  it('bad input: duplicate ids name an example, scores outside [0,1], missing columns', () => {
    const t = scored()
    t.columns[0] = stringColumn('id', ['c0', 'c1', 'c2', 'c1', 'c4', 'c5', 'c6', 'c7', 'c8', 'c0'])
    expect(() => customerIds(t, 'id')).toThrow(/Duplicate customer id "c1" in column "id" \(rows 2 and 4; 2 duplicate rows/)
    const u = scored()
    u.columns[1] = numberColumn('p', [0.1, 2, 0, 0, 0, 0, 0, 0, 0, 0])
    expect(() => selectAudience(u, { idColumn: 'id', scoreColumn: 'p' })).toThrow(/row 2 has 2/)
    expect(() => selectAudience(scored(), { idColumn: 'id', scoreColumn: 'nope' })).toThrow(/Column "nope"/)
    expect(() => selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', top: 0 })).toThrow(/Top N/)
    expect(() => selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', band: { min: 0.6, max: 0.5 } })).toThrow(/band/)
  })
})

describe('selectAudience in Spanish', () => {
  const spec = {
    idColumn: 'id', scoreColumn: 'p', top: 2,
    exclusions: [
      { kind: 'flag' as const, column: 'optout' },
      { kind: 'range' as const, column: 'pdays', min: 0, max: 30.5 },
      { kind: 'values' as const, column: 'segment', values: ['Z'] },
      { kind: 'ids' as const, ids: ['c9', 'zz'] },
    ],
    band: { name: 'hesitant', min: 0.15, max: 0.5 },
    segment: { column: 'segment', values: ['A', 'B'] },
  }
  it('writes the funnel labels and warnings in Spanish with the same counts and rows', () => {
    const en = selectAudience(scored(), spec)
    const es = en
    expect(es.funnel.map((f) => inEs(f.step))).toEqual([
      'Clientes puntuados',
      'Sin puntuación',
      'Excluidos: marcados en optout',
      'Excluidos: pdays entre 0 y 30,5',
      'Excluidos: segment en Z',
      'Excluidos: lista de supresión (2 identificadores)',
      'Franja indecisos 15\u00a0%–50\u00a0%',
      'Segmento segment = A o B',
      'Los 2 con mayor puntuación',
    ])
    expect(es.funnel.map((f) => [f.removed, f.remaining])).toEqual(en.funnel.map((f) => [f.removed, f.remaining]))
    expect(Array.from(es.rows)).toEqual(Array.from(en.rows))
    expect(es.warnings.map(inEs)).toEqual([
      '1 cliente no tiene puntuación y se ha dejado fuera',
      'lista de supresión: 1 de 2 identificadores están entre los clientes puntuados',
    ])
    // English stays as it was (and is the default)
    expect(en.funnel.map((f) => inEn(f.step))).toEqual([
      'Scored customers', 'Without a score', 'Excluded: optout flagged', 'Excluded: pdays between 0 and 30.5', 'Excluded: segment in Z',
      'Excluded: suppression list (2 ids)', 'Band hesitant 15%–50%', 'Segment segment = A or B', 'Top 2',
    ])
  })
  it('Spanish labels: a user label, recent contact, top N above what is left, thousands with a dot', () => {
    const r = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', top: 12_000, exclusions: [{ kind: 'flag', column: 'optout', label: 'se dieron de baja' }, { kind: 'recent', column: 'pdays', days: 30, asOf: 100 }] })
    expect(r.funnel.slice(2).map((f) => inEs(f.step))).toEqual([
      'Excluidos: se dieron de baja',
      'Excluidos: pdays en los últimos 30 días',
      'Los 12.000 con mayor puntuación (solo hay 1)',
    ])
    expect(r.warnings.map(inEs)).toContain('Se pidieron los 12.000 con mayor puntuación, pero tras los pasos anteriores solo queda 1 cliente: se toma')
    const two = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', top: 12_000, segment: { column: 'segment', values: ['B'] } })
    expect(two.warnings.map(inEs)).toEqual(['1 cliente no tiene puntuación y se ha dejado fuera', 'Se pidieron los 12.000 con mayor puntuación, pero tras los pasos anteriores solo quedan 4 clientes: se toman todos'])
    const none = selectAudience(scored(), { idColumn: 'id', scoreColumn: 'p', segment: { column: 'segment', values: ['Z'] } })
    expect(none.warnings.map(inEs)).toContain('No queda ningún cliente tras estos pasos')
  })
})
