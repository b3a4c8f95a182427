import { renderEnglish } from '../../../src/i18n/render'
import { describe, it, expect } from 'vitest'
import { Preprocessor } from '../../../src/ml/preprocessing/pipeline'
import { encodeTarget, leakageCheck } from '../../../src/ml/preprocessing/target'
import { numberColumn, stringColumn, type Table } from '../../../src/data/table'
import { stratifiedSplit, stratifiedKFold, explicitSplit, foldsFromAssignment } from '../../../src/ml/selection/split'

const table = (cols: Table['columns']): Table => ({ name: 't', nRows: cols[0].storage === 'number' ? cols[0].values.length : cols[0].codes.length, columns: cols })

describe('feature pipeline', () => {
  const t = table([
    numberColumn('age', [20, 30, NaN, 50, 40]),
    stringColumn('city', ['a', 'b', null, 'b', 'c']),
    numberColumn('const', [1, 1, 1, 1, 1]),
    stringColumn('day', ['x', 'y', 'z', 'x', 'y']),
  ])
  it('imputes with the training median / most frequent, one-hot encodes and scales with the population sd', () => {
    const pre = Preprocessor.fit({ table: t, rows: [0, 1, 2, 3], features: ['age', 'city', 'const'] })
    expect(pre.featureNames).toEqual(['age', 'city=a', 'city=b'])
    expect(pre.notes.map(renderEnglish).join()).toMatch(/"const" left out: constant/)
    const X = pre.transform(t)
    // training ages 20, 30, (30 imputed), 50 → mean 32.5, population sd
    const sd = Math.sqrt(((20 - 32.5) ** 2 + (30 - 32.5) ** 2 + (30 - 32.5) ** 2 + (50 - 32.5) ** 2) / 4)
    expect(X.data[0]).toBeCloseTo((20 - 32.5) / sd, 12)
    expect(X.data[2 * 3]).toBeCloseTo((30 - 32.5) / sd, 12)
    // missing city → most frequent "b"; unseen "c" (row 4) → all zeros
    expect(Array.from(X.data.subarray(2 * 3 + 1, 2 * 3 + 3))).toEqual([0, 1])
    expect(Array.from(X.data.subarray(4 * 3 + 1, 4 * 3 + 3))).toEqual([0, 0])
  })
  it('round-trips through JSON and transforms identically', () => {
    const pre = Preprocessor.fit({ table: t, features: ['age', 'city'] })
    const again = Preprocessor.load(JSON.parse(JSON.stringify(pre.toJSON())))
    expect(Array.from(again.transform(t).data)).toEqual(Array.from(pre.transform(t).data))
    expect(() => Preprocessor.load({ kind: 'nope' } as never)).toThrow(/preprocessor/)
  })
  it('leaves out ID-like columns, collapses > maxLevels levels into other, converts dates to days', () => {
    const n = 40
    const tt = table([
      stringColumn('cust', Array.from({ length: n }, (_, i) => `C${i}`)),
      stringColumn('shop', Array.from({ length: n }, (_, i) => `s${i % 5}${i < 4 ? 'x' : ''}`)),
      numberColumn('when', Array.from({ length: n }, (_, i) => Date.UTC(2020, 0, 1 + i))),
    ])
    const pre = Preprocessor.fit({ table: tt, features: ['cust', 'shop', 'when'], schema: [{ name: 'when', type: 'date', role: 'feature' }], options: { maxLevels: 3 } })
    expect(pre.notes.map(renderEnglish).join()).toMatch(/"cust" left out: ID-like/)
    expect(pre.warnings.map(renderEnglish).join()).toMatch(/"shop" has 9 levels/)
    expect(pre.featureNames.filter((f) => f.startsWith('shop'))).toHaveLength(3)
    expect(pre.featureNames).toContain('shop=(other)')
    const g = pre.groups.find((x) => x.feature === 'when')!
    expect(g.kind).toBe('date')
    expect(g.mean).toBeCloseTo(Date.UTC(2020, 0, 1) / 86_400_000 + 19.5, 6)
  })
  it('refuses a feature list with nothing usable', () => {
    expect(() => Preprocessor.fit({ table: t, features: ['const'] })).toThrow(/No usable features/)
  })
})

describe('target', () => {
  const t = table([stringColumn('y', ['yes', 'no', null, 'no', 'yes']), stringColumn('three', ['a', 'b', 'c', 'a', 'b']), stringColumn('one', ['k', 'k', 'k', 'k', 'k'])])
  it('encodes, drops and counts missing targets, finds an obvious positive', () => {
    const e = encodeTarget(t, 'y')
    expect(e.positive).toBe('yes')
    expect(Array.from(e.y)).toEqual([1, 0, 0, 1])
    expect(Array.from(e.rows)).toEqual([0, 1, 3, 4])
    expect(e.droppedMissing).toBe(1)
  })
  it('asks for a positive with more than two values; refuses one class and unknown positives', () => {
    expect(() => encodeTarget(t, 'three')).toThrow(/3 values.*choose which value is positive/)
    expect(Array.from(encodeTarget(t, 'three', 'a').y)).toEqual([1, 0, 0, 1, 0])
    expect(() => encodeTarget(t, 'one')).toThrow(/only one value/)
    expect(() => encodeTarget(t, 'y', 'maybe')).toThrow(/does not occur/)
  })
  it('flags a leaky feature', () => {
    const n = 200
    const y = Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 'yes' : 'no'))
    const tt = table([stringColumn('y', y), numberColumn('leak', y.map((v, i) => (v === 'yes' ? 100 + i : i % 50))), numberColumn('noise', Array.from({ length: n }, (_, i) => (i * 7919) % 101))])
    const e = encodeTarget(tt, 'y')
    const pre = Preprocessor.fit({ table: tt, features: ['leak', 'noise'] })
    const r = leakageCheck(pre, pre.transform(tt), e.y)
    expect(r.find((f) => f.feature === 'leak')!.flag).toBe('leak')
    expect(r.find((f) => f.feature === 'noise')!.flag).toBeUndefined()
  })
})

describe('splits', () => {
  const y = Uint8Array.from({ length: 100 }, (_, i) => (i < 20 ? 1 : 0))
  it('stratified split keeps the class shares and is seeded', () => {
    const s = stratifiedSplit(y, 0.25, 1)
    expect(s.test.length).toBe(25)
    expect(Array.from(s.test).filter((i) => y[i]).length).toBe(5)
    expect(Array.from(stratifiedSplit(y, 0.25, 1).test)).toEqual(Array.from(s.test))
    expect(Array.from(stratifiedSplit(y, 0.25, 2).test)).not.toEqual(Array.from(s.test))
  })
  it('stratified k-fold balances classes; fewer rows than folds is an error', () => {
    const f = stratifiedKFold(y, 5, 3)
    for (let k = 0; k < 5; k++) {
      expect(Array.from(f).filter((v) => v === k).length).toBe(20)
      expect(Array.from(f).filter((v, i) => v === k && y[i]).length).toBe(4)
    }
    expect(() => stratifiedKFold(Uint8Array.from([0, 1, 0]), 5)).toThrow(/Cannot make 5 CV folds from 3/)
    expect(foldsFromAssignment(f)).toHaveLength(5)
  })
  it('explicit test rows: the rest trains; overlaps and bad rows are refused', () => {
    const s = explicitSplit(6, [4, 1])
    expect(Array.from(s.test)).toEqual([1, 4])
    expect(Array.from(s.train)).toEqual([0, 2, 3, 5])
    expect(() => explicitSplit(6, [1], [1, 2])).toThrow(/both a test row and a training row/)
    expect(() => explicitSplit(6, [9])).toThrow(/outside/)
  })
})
