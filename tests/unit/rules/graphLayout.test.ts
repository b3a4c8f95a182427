import { describe, it, expect } from 'vitest'
import { forceLayout, layoutRuleGraph } from '../../../src/ml/rules/graphLayout'
import type { RuleGraph } from '../../../src/ml/rules/explore'

// two triangles joined by one edge, and a separate pair
const edges: [number, number][] = [[0, 1], [1, 2], [2, 0], [3, 4], [4, 5], [5, 3], [2, 3], [6, 7]]

describe('rule graph layout', () => {
  it('fills exactly the box [0, aspect] × [0, 1]', () => {
    const { x, y } = forceLayout(8, edges, { aspect: 2 })
    expect(Math.min(...x)).toBeCloseTo(0, 12)
    expect(Math.max(...x)).toBeCloseTo(2, 12)
    expect(Math.min(...y)).toBeCloseTo(0, 12)
    expect(Math.max(...y)).toBeCloseTo(1, 12)
  })

  it('is deterministic for a seed and keeps nodes apart', () => {
    const a = forceLayout(8, edges, { seed: 3 })
    const b = forceLayout(8, edges, { seed: 3 })
    expect(Array.from(a.x)).toEqual(Array.from(b.x))
    expect(Array.from(a.y)).toEqual(Array.from(b.y))
    let minD = Infinity
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) minD = Math.min(minD, Math.hypot(a.x[i] - a.x[j], a.y[i] - a.y[j]))
    expect(minD).toBeGreaterThan(0.05)
  })

  it('puts joined nodes closer than the others', () => {
    const { x, y } = forceLayout(8, edges)
    const d = (i: number, j: number): number => Math.hypot(x[i] - x[j], y[i] - y[j])
    const linked = new Set(edges.map(([i, j]) => `${Math.min(i, j)}-${Math.max(i, j)}`))
    let inS = 0, inN = 0, outS = 0, outN = 0
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) {
      if (linked.has(`${i}-${j}`)) { inS += d(i, j); inN++ } else { outS += d(i, j); outN++ }
    }
    expect(inS / inN).toBeLessThan(0.75 * (outS / outN))
  })

  it('edge cases and bad input', () => {
    expect(forceLayout(0, []).x.length).toBe(0)
    expect(Array.from(forceLayout(1, [], { aspect: 2 }).x)).toEqual([1])
    expect(() => forceLayout(2, [[0, 2]])).toThrow(/outside 0\.\.1/)
    expect(() => forceLayout(2, [], { aspect: 0 })).toThrow(/aspect/)
  })

  it('places every node of a rule graph', () => {
    const g: RuleGraph = {
      nodes: [{ id: 'i0', name: 'milk', kind: 'item' }, { id: 'r0', name: 'rule 0', kind: 'rule', lift: 2, support: 0.1 }, { id: 'i1', name: 'bread', kind: 'item' }],
      edges: [{ source: 'i0', target: 'r0', side: 'lhs' }, { source: 'r0', target: 'i1', side: 'rhs' }],
      liftMin: 2,
      liftMax: 2,
    }
    const p = layoutRuleGraph(g, { aspect: 1.5 })
    expect(p.nodes.map((n) => n.id)).toEqual(['i0', 'r0', 'i1'])
    for (const n of p.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0)
      expect(n.x).toBeLessThanOrEqual(1.5)
      expect(n.y).toBeGreaterThanOrEqual(0)
      expect(n.y).toBeLessThanOrEqual(1)
    }
    expect(() => layoutRuleGraph({ ...g, edges: [{ source: 'i0', target: 'zz', side: 'lhs' }] })).toThrow(/missing node/)
  })
})
