import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { designABTest, largestRemainder } from '@/ml/campaign/design'
import { armCsvs, assignmentCsv } from '@/ml/campaign/export'
import { csvCell, toCsv } from '@/data/csv'
import { clusteringKMeans, describeGroup, groupAudience, type KMeansFn } from '@/ml/campaign/groups'
import { fromRows } from '@/ml/core/matrix'
import { numberColumn, stringColumn, type Table } from '@/data/table'
import { renderMessage } from '@/i18n/render'
import type { Label } from '@/ml/core/message'

const inEs = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'es'))
const inEn = (m: Label): string => (typeof m === 'string' ? m : renderMessage(m, 'en'))

function labels(n: number, G: number, seed: number): Int32Array {
  // skewed group sizes
  const out = new Int32Array(n)
  let x = seed
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    out[i] = Math.min(G - 1, Math.floor(((x >>> 8) % 1000) / 1000 * G * ((x >>> 20) % 2 ? 1 : 0.5)))
  }
  return out
}

describe('A/B design', () => {
  it('1,000 → 5 × 200 with the same group mix, control drawn apart', () => {
    const g = labels(10_000, 5, 7)
    const d = designABTest(10_000, g, { sampleSize: 1000, creatives: 5, controlSize: 200, seed: 42 })
    expect(d.arms).toEqual(['A', 'B', 'C', 'D', 'E', 'control'])
    expect(d.summary.map((s) => s.size)).toEqual([200, 200, 200, 200, 200, 200])
    expect(new Set(d.members).size).toBe(1200)
    for (let grp = 0; grp < 5; grp++) {
      const counts = d.summary.slice(0, 5).map((s) => s.groupCounts[grp])
      expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1)
    }
    // the whole sample mirrors the audience mix (proportional allocation)
    const audienceShare = Array.from({ length: 5 }, (_, k) => g.filter((v) => v === k).length / 10_000)
    for (let grp = 0; grp < 5; grp++) {
      const drawn = d.summary.reduce((s, a) => s + a.groupCounts[grp], 0)
      expect(Math.abs(drawn - 1200 * audienceShare[grp])).toBeLessThan(1)
    }
    expect(inEn(d.messages[0])).toBe('1,000 customers split evenly: 200 per creative')
  })

  it('same seed → same assignment; another seed → another', () => {
    const g = labels(500, 3, 1)
    const a = designABTest(500, g, { sampleSize: 100, creatives: 4, controlSize: 20, seed: 9 })
    const b = designABTest(500, g, { sampleSize: 100, creatives: 4, controlSize: 20, seed: 9 })
    const c = designABTest(500, g, { sampleSize: 100, creatives: 4, controlSize: 20, seed: 10 })
    expect(Array.from(a.members)).toEqual(Array.from(b.members))
    expect(Array.from(a.arm)).toEqual(Array.from(b.arm))
    expect(Array.from(a.members)).not.toEqual(Array.from(c.members))
  })

  it('remainder: spread names the creatives that get one more; drop shrinks the sample', () => {
    const s = designABTest(50, null, { sampleSize: 13, creatives: 5, seed: 3 })
    expect(s.summary.map((x) => x.size).sort()).toEqual([2, 2, 3, 3, 3])
    expect(inEn(s.messages[0])).toMatch(/^13 does not divide by 5: creatives [A-E], [A-E], and [A-E] \(chosen by the seed\) get 3 customers, the others 2$/)
    const d = designABTest(50, null, { sampleSize: 13, creatives: 5, seed: 3, remainder: 'drop' })
    expect(d.summary.map((x) => x.size)).toEqual([2, 2, 2, 2, 2])
    expect(inEn(d.messages[0])).toMatch(/3 customers were not drawn so every creative has exactly 2 \(sample 10\)/)
  })

  it('bad input', () => {
    expect(() => designABTest(900, null, { sampleSize: 1000, creatives: 5 })).toThrow(/larger than the audience of 900/)
    expect(() => designABTest(900, null, { sampleSize: 800, creatives: 5, controlSize: 200 })).toThrow(/control 200/)
    expect(() => designABTest(900, null, { sampleSize: 3, creatives: 5 })).toThrow(/at least 5 \(one per creative\)/)
    expect(() => designABTest(900, null, { sampleSize: 10, creatives: ['A', 'A'] })).toThrow(/distinct/)
  })

  it('property: every creative gets the same size ±1 and the same group mix ±1; seeds reproduce', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 400 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0.05, max: 0.9, noNaN: true }), fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.boolean(),
        (n, G, K, seed, frac, cfrac, drop) => {
          const g = labels(n, G, seed)
          const S = Math.max(K, Math.floor(n * frac))
          const S0 = Math.min(n - S, Math.floor(n * cfrac))
          const d = designABTest(n, g, { sampleSize: S, creatives: K, controlSize: S0, seed, remainder: drop ? 'drop' : 'spread' })
          const sizes = d.summary.slice(0, K).map((a) => a.size)
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(drop ? 0 : 1)
          expect(sizes.reduce((a, b) => a + b, 0)).toBe(drop ? K * Math.floor(S / K) : S)
          if (S0) expect(d.summary[K].size).toBe(S0)
          for (let grp = 0; grp < d.groups; grp++) {
            const c = d.summary.slice(0, K).map((a) => a.groupCounts[grp])
            expect(Math.max(...c) - Math.min(...c)).toBeLessThanOrEqual(1)
          }
          // members are distinct customers whose recorded group is right
          expect(new Set(d.members).size).toBe(d.members.length)
          d.members.forEach((m, i) => expect(d.group[i]).toBe(g[m]))
          const again = designABTest(n, g, { sampleSize: S, creatives: K, controlSize: S0, seed, remainder: drop ? 'drop' : 'spread' })
          expect(Array.from(again.arm)).toEqual(Array.from(d.arm))
        },
      ),
      { numRuns: 150, seed: 1 },
    )
  })

  it('largest remainder allocation', () => {
    // 10 over weights 5,3,2 of 10 → 5,3,2 exactly; 7 over 1,1,1 → 3,2,2 with ties by order
    expect(largestRemainder(10, [5, 3, 2], [0, 1, 2])).toEqual([5, 3, 2])
    expect(largestRemainder(7, [1, 1, 1], [2, 0, 1])).toEqual([2, 2, 3])
    // quotas 4.2, 2.4, 0.4 (7 over 21, 12, 2 of 35): floors 4,2,0, one unit left, remainders
    // .2, .4, .4 tie exactly (float division would not) → the first of the tie in `order` wins
    expect(largestRemainder(7, [21, 12, 2], [0, 1, 2])).toEqual([4, 3, 0])
    expect(largestRemainder(7, [21, 12, 2], [2, 1, 0])).toEqual([4, 2, 1])
    // caps: 5 over 1,1 capped at 1 each → 1,1
    expect(largestRemainder(5, [1, 1], [0, 1], [1, 1])).toEqual([1, 1])
  })
})

describe('exports', () => {
  it('neutralise formula injection and quote per RFC 4180', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvCell('+cmd')).toBe("'+cmd")
    expect(csvCell('-1+1|calc')).toBe("'-1+1|calc")
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvCell('\tx')).toBe("'\tx")
    expect(csvCell('\rx')).toBe(`"'\rx"`)
    expect(csvCell('-3.5')).toBe("'-3.5")
    expect(csvCell(-2)).toBe('-2')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell(null)).toBe('')
    expect(csvCell(NaN)).toBe('')
    expect(toCsv(['a', 'b'], [[1, '=x']])).toBe("a,b\n1,'=x\n")
  })

  it('one CSV per creative and one for control', () => {
    const ids = Array.from({ length: 30 }, (_, i) => (i === 0 ? '=evil()' : `c${i}`))
    const d = designABTest(30, null, { sampleSize: 30, creatives: 2, controlSize: 0, seed: 1 })
    const files = armCsvs({ design: d, ids }, 'spring sale')
    expect(files.map((f) => [f.fileName, f.rows])).toEqual([['spring_sale_A.csv', 15], ['spring_sale_B.csv', 15]])
    const all = assignmentCsv({ design: d, ids })
    expect(all.split('\n')[0]).toBe('customer_id,creative,group')
    expect(all).toContain("'=evil()")
    expect(all).not.toMatch(/^=/m)
    const withCtrl = designABTest(30, null, { sampleSize: 20, creatives: 2, controlSize: 10, seed: 1 })
    const f2 = armCsvs({ design: withCtrl, ids })
    expect(f2.map((f) => [f.arm, f.rows])).toEqual([['A', 10], ['B', 10], ['control', 10]])
  })
})

describe('groups for creatives', () => {
  it('k-means finds planted groups; profiles describe them', () => {
    const rows: number[][] = []
    for (let i = 0; i < 60; i++) rows.push([i % 3 === 0 ? 20 : i % 3 === 1 ? 45 : 70, (i % 3) * 1000 + (i % 7)])
    const t: Table = { name: 't', nRows: 60, columns: [numberColumn('age', rows.map((r) => r[0])), numberColumn('balance', rows.map((r) => r[1])), stringColumn('id', rows.map((_, i) => `c${i}`))] }
    const idx = Array.from({ length: 60 }, (_, i) => i)
    const g = groupAudience(t, idx, ['age', 'balance'], { k: 3, seed: 1, elbowKs: [1, 2, 3, 4] })
    expect(g.sizes.slice().sort()).toEqual([20, 20, 20])
    for (let i = 3; i < 60; i++) expect(g.labels[i]).toBe(g.labels[i % 3])
    expect(g.elbow.map((e) => e.k)).toEqual([1, 2, 3, 4])
    expect(g.elbow[0].inertia).toBeCloseTo(120, 6) // n·p for standardised data
    expect(g.elbow[2].inertia).toBeLessThan(g.elbow[1].inertia)
    const young = g.profiles.find((p) => p.means[0] === 20)!
    expect(inEn(young.description)).toMatch(/^Lower age \(−1\.2 sd\) and balance \(−1\.2 sd\)$/)
    expect(() => groupAudience(t, idx, ['id'])).toThrow(/not numeric/)
  })
  it('is deterministic for a seed and accepts another k-means', () => {
    const X = fromRows([[0, 0], [0, 1], [10, 10], [10, 11], [5, 5]])
    const a = clusteringKMeans(X, 2, 3)
    const b = clusteringKMeans(X, 2, 3)
    expect(Array.from(a.labels)).toEqual(Array.from(b.labels))
    expect(a.inertia).toBeCloseTo(b.inertia, 12)
    const t: Table = { name: 't', nRows: 4, columns: [numberColumn('x', [1, 2, 3, 4])] }
    const fake: KMeansFn = (M, k) => ({ labels: Int32Array.from({ length: M.rows }, (_, i) => i % k), centers: fromRows(Array.from({ length: k }, () => [0])), inertia: 1 / k })
    const g = groupAudience(t, [0, 1, 2, 3], ['x'], { k: 2, elbowKs: [2], kmeans: fake })
    expect(Array.from(g.labels)).toEqual([0, 1, 0, 1])
    expect(g.elbow).toEqual([{ k: 2, inertia: 0.5 }])
  })
})

describe('texts as message codes, rendered in Spanish and English', () => {
  it('A/B design messages in both languages from one result', () => {
    const g = labels(20_000, 3, 5)
    const d = designABTest(20_000, g, { sampleSize: 10_000, creatives: 5, controlSize: 1500, seed: 3 })
    expect(d.messages.map(inEs)).toEqual([
      '10.000 clientes repartidos a partes iguales: 2000 por creatividad',
      'Grupo de control de 1500 clientes extraído con la misma mezcla de grupos; no recibe ninguna creatividad',
      'Equilibrado entre los 3 grupos: todas las creatividades reciben la misma mezcla de grupos (±1 cliente)',
    ])
    expect(d.messages.map(inEn)).toEqual([
      '10,000 customers split evenly: 2,000 per creative',
      'Control group of 1,500 drawn with the same group mix; it receives no creative',
      'Balanced across the 3 groups: every creative gets the same mix of groups (±1 customer)',
    ])
  })
  it('remainder and single-creative messages name the same creatives in both languages', () => {
    const d = designABTest(50, null, { sampleSize: 13, creatives: 5, seed: 3 })
    const extra = /creatives (.+) \(chosen by the seed\)/.exec(inEn(d.messages[0]))![1].split(/, and |, | and /)
    expect(extra).toHaveLength(3)
    expect(inEs(d.messages[0])).toBe(`13 no es divisible entre 5: las creatividades ${extra[0]}, ${extra[1]} y ${extra[2]} (elegidas por la semilla) reciben 3 clientes; las demás, 2`)
    expect(inEs(designABTest(50, null, { sampleSize: 11, creatives: 5, seed: 3 }).messages[0])).toMatch(/^11 no es divisible entre 5: la creatividad [A-E] \(elegida por la semilla\) recibe 3 clientes; las demás, 2$/)
    expect(designABTest(50, null, { sampleSize: 13, creatives: 5, seed: 3, remainder: 'drop' }).messages.map(inEs)).toEqual(['13 no es divisible entre 5: se han dejado fuera 3 clientes para que cada creatividad tenga exactamente 2 (muestra de 10)'])
    expect(designABTest(50, null, { sampleSize: 11, creatives: 5, seed: 3, remainder: 'drop' }).messages.map(inEs)).toEqual(['11 no es divisible entre 5: se ha dejado fuera 1 cliente para que cada creatividad tenga exactamente 2 (muestra de 10)'])
    expect(designABTest(50, null, { sampleSize: 10, creatives: 1, seed: 3 }).messages.map(inEs)).toEqual([
      '10 clientes repartidos a partes iguales: 10 por creatividad',
      'Solo hay una creatividad y ningún grupo de control: no hay nada que comparar',
    ])
  })
  it('group descriptions and warnings (decimal comma in Spanish)', () => {
    expect(inEs(describeGroup(['balance', 'age', 'x'], [1.234, -0.81, 0.1]))).toBe('Mayor balance (+1,2 DE); menor age (−0,8 DE)')
    expect(inEn(describeGroup(['balance', 'age', 'x'], [1.234, -0.81, 0.1]))).toBe('Higher balance (+1.2 sd); lower age (−0.8 sd)')
    expect(inEs(describeGroup(['a'], [0.1]))).toBe('Cerca de la media en todas las variables')
    expect(inEs(describeGroup(['a', 'b'], [-2, -0.6]))).toBe('Menor a (−2,0 DE) y b (−0,6 DE)')
    const rows: number[][] = []
    for (let i = 0; i < 60; i++) rows.push([i % 3 === 0 ? 20 : i % 3 === 1 ? 45 : 70, (i % 3) * 1000 + (i % 7)])
    const t: Table = {
      name: 't', nRows: 60,
      columns: [numberColumn('age', rows.map((r) => r[0])), numberColumn('balance', rows.map((r, i) => (i === 5 ? NaN : r[1]))), numberColumn('flat', rows.map(() => 1))],
    }
    const idx = Array.from({ length: 60 }, (_, i) => i)
    const g = groupAudience(t, idx, ['age', 'balance', 'flat'], { k: 3, seed: 1, elbowKs: [3] })
    const young = g.profiles.find((p) => p.means[0] === 20)!
    expect(inEs(young.description)).toBe('Menor age (−1,2 DE) y balance (−1,2 DE)')
    expect(inEs(g.warnings[0])).toBe('Variable "balance": 1 valor ausente sustituido por la media 985,915')
    expect(inEn(g.warnings[0])).toBe('Feature "balance": 1 missing value set to the mean 985.915')
    expect(inEs(g.warnings[1])).toBe('La variable "flat" es igual para todos los clientes elegidos y no separa grupos')
    expect(inEn(g.warnings[1])).toBe('Feature "flat" is the same for every chosen customer and does not separate groups')
  })
})
