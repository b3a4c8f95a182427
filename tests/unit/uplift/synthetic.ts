/**
 * A synthetic randomised test with a known effect, generated in the test (no data file): x0 ~ U(0,1),
 * x1 ~ N(0,1) (noise), x2 ∈ {0,1}; control response 0.10; arm A adds 0.30 when x0 > 0.5, arm B adds
 * 0.30 when x0 ≤ 0.5 and takes 0.05 away when x0 > 0.8 (do-not-disturb customers). spend = 20·y.
 */
import { Rng } from '@/ml/core/random'
import type { Matrix } from '@/ml/core/matrix'

export interface Synthetic {
  X: Matrix
  arm: string[]
  y: Float64Array
  spend: Float64Array
  trueUplift: (arm: string, x0: number) => number
}

export function synthetic(n: number, arms: string[] = ['A', 'control'], seed = 7): Synthetic {
  const rng = new Rng(seed)
  const trueUplift = (arm: string, x0: number): number => (arm === 'A' ? (x0 > 0.5 ? 0.3 : 0) : arm === 'B' ? (x0 <= 0.5 ? 0.3 : x0 > 0.8 ? -0.05 : 0) : 0)
  const data = new Float64Array(n * 3)
  const arm: string[] = []
  const y = new Float64Array(n)
  const spend = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const x0 = rng.next(), x1 = rng.normal(), x2 = rng.next() < 0.5 ? 1 : 0
    data.set([x0, x1, x2], i * 3)
    const a = arms[rng.int(arms.length)]
    arm.push(a)
    const p = 0.1 + trueUplift(a, x0)
    y[i] = rng.next() < p ? 1 : 0
    spend[i] = 20 * y[i] + (y[i] ? rng.normal() : 0)
  }
  return { X: { rows: n, cols: 3, data }, arm, y, spend, trueUplift }
}
