/**
 * A deterministic force-directed layout for the rule graph (Fruchterman & Reingold, 1991, with a
 * weak pull to the centre so separate components stay in view), fitted to a box.
 *
 * Why not the chart's own force layout: it starts from random positions, keeps simulating after
 * the first frame and is not fitted to the view, so nodes and labels end up outside the chart.
 * Here the positions are final and stretched to exactly [0, aspect] × [0, 1]; the chart maps that
 * box into its own (layout 'none'), so every node is inside it.
 */
import { Rng } from '../core/random'
import type { RuleGraph, RuleGraphNode } from './explore'

export interface GraphLayoutOptions {
  /** width / height of the box the layout fills (default 1.8, about a half-width chart) */
  aspect?: number
  /** simulation steps (default 300) */
  iterations?: number
  seed?: number
  /** 0..1: how much each axis is blended with the nodes' rank order, to open up crowded clusters (default 0.5) */
  spread?: number
  /** per-node repulsion charge (default 1 each): labelled nodes get more room with a larger one */
  charge?: ArrayLike<number>
}

export const defaultGraphLayoutOptions = { aspect: 1.8, iterations: 300, seed: 42, spread: 0.5 } as const

/** Positions for n nodes joined by edges (index pairs); x in [0, aspect], y in [0, 1]. */
export function forceLayout(n: number, edges: ReadonlyArray<readonly [number, number]>, opts: GraphLayoutOptions = {}): { x: Float64Array; y: Float64Array } {
  const aspect = opts.aspect ?? defaultGraphLayoutOptions.aspect
  const iterations = opts.iterations ?? defaultGraphLayoutOptions.iterations
  if (!(aspect > 0)) throw new RangeError(`aspect must be > 0, got ${aspect}`)
  if (!(Number.isInteger(iterations) && iterations >= 0)) throw new RangeError(`iterations must be a whole number >= 0, got ${iterations}`)
  for (const [a, b] of edges) if (!(a >= 0 && a < n && b >= 0 && b < n)) throw new RangeError(`edge (${a}, ${b}) refers to a node outside 0..${n - 1}`)
  const x = new Float64Array(n)
  const y = new Float64Array(n)
  if (n === 0) return { x, y }
  if (n === 1) {
    x[0] = aspect / 2
    y[0] = 0.5
    return { x, y }
  }
  const q = opts.charge
  if (q && q.length !== n) throw new RangeError(`charge has ${q.length} entries for ${n} nodes`)
  const rng = new Rng(opts.seed ?? defaultGraphLayoutOptions.seed)
  for (let i = 0; i < n; i++) {
    x[i] = rng.next() * aspect
    y[i] = rng.next()
  }
  const k = Math.sqrt(aspect / n)
  const k2 = k * k
  const dx = new Float64Array(n)
  const dy = new Float64Array(n)
  const cx = aspect / 2
  const cy = 0.5
  const t0 = 0.1 * aspect
  for (let it = 0; it < iterations; it++) {
    dx.fill(0)
    dy.fill(0)
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ux = x[i] - x[j]
        let uy = y[i] - y[j]
        let d2 = ux * ux + uy * uy
        if (d2 < 1e-12) {
          // coincident: push apart in a fixed direction
          ux = 1e-3 * (1 + (i % 7))
          uy = 1e-3 * (1 + (j % 5))
          d2 = ux * ux + uy * uy
        }
        const f = (q ? k2 * q[i] * q[j] : k2) / d2 // (k² qi qj / d) along the unit vector u / d
        dx[i] += ux * f
        dy[i] += uy * f
        dx[j] -= ux * f
        dy[j] -= uy * f
      }
    }
    for (const [a, b] of edges) {
      const ux = x[a] - x[b]
      const uy = y[a] - y[b]
      const d = Math.sqrt(ux * ux + uy * uy)
      const f = d / k // (d² / k) along u / d
      dx[a] -= ux * f
      dy[a] -= uy * f
      dx[b] += ux * f
      dy[b] += uy * f
    }
    const t = t0 * (1 - it / iterations) + 1e-4
    for (let i = 0; i < n; i++) {
      // gravity towards the centre keeps separate components close
      dx[i] -= 0.08 * (x[i] - cx) / k
      dy[i] -= 0.08 * (y[i] - cy) / k
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
      if (len > 0) {
        const step = Math.min(len, t) / len
        x[i] += dx[i] * step
        y[i] += dy[i] * step
      }
    }
  }
  // spread crowded parts: blend each axis with its rank (order kept, empty space shrinks)
  const spread = opts.spread ?? defaultGraphLayoutOptions.spread
  if (spread > 0) {
    for (const v of [x, y]) {
      let lo = Infinity, hi = -Infinity
      for (let i = 0; i < n; i++) { lo = Math.min(lo, v[i]); hi = Math.max(hi, v[i]) }
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => v[a] - v[b] || a - b)
      const r = new Float64Array(n)
      order.forEach((i, k) => (r[i] = k / (n - 1)))
      for (let i = 0; i < n; i++) v[i] = (1 - spread) * (hi > lo ? (v[i] - lo) / (hi - lo) : 0.5) + spread * r[i]
    }
  }
  // stretch to exactly [0, aspect] × [0, 1]
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity
  for (let i = 0; i < n; i++) {
    x0 = Math.min(x0, x[i]); x1 = Math.max(x1, x[i])
    y0 = Math.min(y0, y[i]); y1 = Math.max(y1, y[i])
  }
  for (let i = 0; i < n; i++) {
    x[i] = x1 > x0 ? ((x[i] - x0) / (x1 - x0)) * aspect : aspect / 2
    y[i] = y1 > y0 ? (y[i] - y0) / (y1 - y0) : 0.5
  }
  return { x, y }
}

export type PlacedNode = RuleGraphNode & { x: number; y: number }

/** The rule graph with x/y on every node (see forceLayout), for a chart with layout 'none'. */
export function layoutRuleGraph(g: RuleGraph, opts: GraphLayoutOptions = {}): Omit<RuleGraph, 'nodes'> & { nodes: PlacedNode[] } {
  const pos = new Map<string, number>()
  g.nodes.forEach((nd, i) => pos.set(nd.id, i))
  const edges = g.edges.map((e) => {
    const a = pos.get(e.source)
    const b = pos.get(e.target)
    if (a === undefined || b === undefined) throw new RangeError(`edge ${e.source} → ${e.target} refers to a missing node`)
    return [a, b] as const
  })
  // products carry labels: they repel more, so two products bought together do not sit on each other
  const charge = opts.charge ?? g.nodes.map((nd) => (nd.kind === 'item' ? 4 : 1))
  const { x, y } = forceLayout(g.nodes.length, edges, { ...opts, charge })
  return { ...g, nodes: g.nodes.map((nd, i) => ({ ...nd, x: x[i], y: y[i] })) }
}
