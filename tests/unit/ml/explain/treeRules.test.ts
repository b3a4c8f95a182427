import { describe, it, expect, beforeAll } from 'vitest'
import { fileURLToPath } from 'node:url'
import { readTableFile } from '../../../../src/data/node'
import type { Table, ColumnSchema } from '../../../../src/data/table'
import type { Matrix } from '../../../../src/ml/core/matrix'
import { Preprocessor } from '../../../../src/ml/preprocessing/pipeline'
import { DecisionTreeClassifier } from '../../../../src/ml/estimators/tree'
import { HistGradientBoostingClassifier } from '../../../../src/ml/estimators/gbt'
import { treeStructure, type Message } from '../../../../src/ml/explain/treeRules'
import { explainMessage } from '../../../../src/i18n/pages/explain'

const FIXTURE = fileURLToPath(new URL('../../../fixtures/ml/bank-600.csv', import.meta.url))

/** Evaluate a rule condition on the RAW table row (independent of the encoding). */
function holds(t: Table, row: number, m: Message): boolean {
  const c = t.columns.find((x) => x.name === m.params.column)!
  if (c.storage === 'string') {
    const v = c.levels[c.codes[row]]
    if (m.code === 'explain.rule.is') return v === m.params.level
    return !String(m.params.levels).split(', ').includes(v)
  }
  const v = c.values[row]
  if (m.code === 'explain.rule.atMost') return v <= Number(m.params.value)
  if (m.code === 'explain.rule.above') return v > Number(m.params.value)
  return v > Number(m.params.low) && v <= Number(m.params.high)
}

describe('tree rules', () => {
  let table: Table, schema: ColumnSchema[], pre: Preprocessor, X: Matrix, y: Uint8Array
  beforeAll(async () => {
    ;({ table, schema } = await readTableFile(FIXTURE, { sep: ';' }))
    pre = Preprocessor.fit({ table, schema, features: ['age', 'job', 'balance', 'housing', 'campaign', 'pdays', 'poutcome', 'month'] })
    X = pre.transform(table)
    const yc = table.columns.find((c) => c.name === 'y')!
    if (yc.storage !== 'string') throw new Error('y should be text')
    y = Uint8Array.from(yc.codes, (c) => (yc.levels[c] === 'yes' ? 1 : 0))
  })

  it('each raw row satisfies exactly one rule, the one of the leaf the tree sends it to; samples and shares are counts', () => {
    const tree = new DecisionTreeClassifier({ maxDepth: 5, minSamplesLeaf: 5 })
    tree.fit(X, y)
    const s = treeStructure(tree, pre)
    expect(s.nodes[0].samples).toBe(600)
    expect(s.rules.length).toBe(s.nodes.filter((n) => n.leaf).length)
    expect(s.rules.reduce((a, r) => a + r.samples, 0)).toBe(600)
    const leaves = tree.apply(X)
    // leaf id in the structure, by walking the tree's node ids in the same order (depth-first, left first)
    const order: number[] = []
    const visit = (k: number): void => { order.push(k); if (tree.feature[k] >= 0) { visit(tree.left[k]); visit(tree.right[k]) } }
    visit(0)
    const posOf = new Map(order.map((k, i) => [k, i]))
    const count = new Map<number, [number, number]>()
    for (let i = 0; i < 600; i++) {
      const matched = s.rules.filter((r) => r.conditions.every((c) => holds(table, i, c)))
      expect(matched, `row ${i}`).toHaveLength(1)
      expect(matched[0].leaf).toBe(posOf.get(leaves[i]))
      const c = count.get(matched[0].leaf) ?? [0, 0]
      c[0]++; c[1] += y[i]
      count.set(matched[0].leaf, c)
    }
    for (const r of s.rules) {
      const [n, p] = count.get(r.leaf) ?? [0, 0]
      expect(r.samples).toBe(n)
      expect(r.shares![1]).toBeCloseTo(p / n, 12)
    }
    // every condition renders in English and Spanish without leftover placeholders
    for (const r of s.rules) for (const c of r.conditions) {
      for (const lang of ['en', 'es'] as const) expect(explainMessage(c, lang)).not.toMatch(/[{}]/)
    }
  })

  it('a boosting model’s tree with reference rows: samples and shares from the rows, value = log-odds step; bad index named', () => {
    const gbt = new HistGradientBoostingClassifier({ maxIter: 5, maxLeafNodes: 6 })
    gbt.fitSync(X, y)
    const s = treeStructure(gbt, pre, 2, { reference: X, y })
    expect(s.trees).toBe(5)
    expect(s.output).toBe('logodds')
    expect(s.nodes[0].samples).toBe(600)
    expect(s.nodes[0].shares![1]).toBeCloseTo(y.reduce((a, b) => a + b, 0) / 600, 12)
    for (const n of s.nodes) if (!n.leaf) expect(s.nodes[n.left].samples + s.nodes[n.right].samples).toBe(n.samples)
    expect(() => treeStructure(gbt, pre, 5)).toThrow(/0\.\.4/)
  })
})
