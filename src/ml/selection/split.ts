/** Stratified train/test split, stratified k-fold and explicit fold assignments. */
import { MessageError } from '../core/message'
import { Rng } from '../core/random'

export interface TrainTest {
  /** positions (into y) of the training part, ascending */
  train: Int32Array
  /** positions of the test part, ascending */
  test: Int32Array
}

function classPositions(y: ArrayLike<number>): [number[], number[]] {
  const neg: number[] = [], pos: number[] = []
  for (let i = 0; i < y.length; i++) (y[i] ? pos : neg).push(i)
  return [neg, pos]
}

const asc = (a: number[]): Int32Array => Int32Array.from(a).sort()

/**
 * Stratified split: each class keeps its share in the test part (test size as a fraction in (0, 1)
 * or a row count), seeded.
 */
export function stratifiedSplit(y: ArrayLike<number>, testSize = 0.2, seed = 42): TrainTest {
  const n = y.length
  const nTest = testSize < 1 ? Math.ceil(testSize * n) : Math.round(testSize)
  if (!(testSize > 0) || nTest >= n || nTest < 1) throw new MessageError('split.error.testSize', { size: String(testSize), n })
  const rng = new Rng(seed)
  const classes = classPositions(y)
  // allocate test rows per class proportionally, largest remainders first
  const want = classes.map((c) => (c.length * nTest) / n)
  const take = want.map(Math.floor)
  let left = nTest - take.reduce((a, b) => a + b, 0)
  const order = [0, 1].sort((a, b) => want[b] - take[b] - (want[a] - take[a]))
  for (const c of order) if (left > 0 && take[c] < classes[c].length) { take[c]++; left-- }
  const train: number[] = [], test: number[] = []
  classes.forEach((c, ci) => {
    const perm = rng.permutation(c.length)
    for (let k = 0; k < c.length; k++) (k < take[ci] ? test : train).push(c[perm[k]])
  })
  return { train: asc(train), test: asc(test) }
}

/**
 * Stratified k-fold: returns the fold (0..k−1) of each position. Each class is shuffled (seeded)
 * and dealt round-robin, so fold sizes per class differ by at most one.
 */
export function stratifiedKFold(y: ArrayLike<number>, k = 5, seed = 42): Int32Array {
  if (!Number.isInteger(k) || k < 2) throw new MessageError('split.error.folds', { value: String(k) })
  if (y.length < k) throw new MessageError('split.error.tooManyFolds', { k, n: y.length })
  const classes = classPositions(y)
  for (const [ci, c] of classes.entries()) {
    if (c.length > 0 && c.length < k) throw new MessageError('split.error.classTooSmall', { k, cls: ci, n: c.length })
  }
  const rng = new Rng(seed)
  const fold = new Int32Array(y.length)
  let offset = 0
  for (const c of classes) {
    const perm = rng.permutation(c.length)
    for (let t = 0; t < c.length; t++) fold[c[perm[t]]] = (t + offset) % k
    offset = (offset + c.length) % k
  }
  return fold
}

/** Train/validation positions of each fold from a fold assignment. */
export function foldsFromAssignment(fold: ArrayLike<number>): TrainTest[] {
  let k = 0
  for (let i = 0; i < fold.length; i++) {
    if (!Number.isInteger(fold[i]) || fold[i] < 0) throw new MessageError('split.error.foldValue', { row: i, value: String(fold[i]) })
    k = Math.max(k, fold[i] + 1)
  }
  if (k < 2) throw new MessageError('split.error.foldCount', { k })
  const out: TrainTest[] = []
  for (let f = 0; f < k; f++) {
    const train: number[] = [], test: number[] = []
    for (let i = 0; i < fold.length; i++) (fold[i] === f ? test : train).push(i)
    if (test.length === 0) throw new MessageError('split.error.foldEmpty', { fold: f })
    out.push({ train: Int32Array.from(train), test: Int32Array.from(test) })
  }
  return out
}

/**
 * Explicit test rows (0-based indices into 0..n−1), optionally explicit training rows; otherwise
 * training is every other row. Duplicates, out-of-range rows and overlaps are refused.
 */
export function explicitSplit(n: number, testRows: ArrayLike<number>, trainRows?: ArrayLike<number>): TrainTest {
  const mark = new Uint8Array(n)
  const check = (r: number, what: string): void => {
    if (!Number.isInteger(r) || r < 0 || r >= n) throw new MessageError(what === 'test' ? 'split.error.testRowOutside' : 'split.error.trainRowOutside', { row: String(r), max: n - 1 })
  }
  for (let k = 0; k < testRows.length; k++) {
    const r = testRows[k]
    check(r, 'test')
    if (mark[r]) throw new MessageError('split.error.testRowTwice', { row: r })
    mark[r] = 1
  }
  let train: Int32Array
  if (trainRows) {
    for (let k = 0; k < trainRows.length; k++) {
      const r = trainRows[k]
      check(r, 'training')
      if (mark[r] === 1) throw new MessageError('split.error.rowBoth', { row: r })
      if (mark[r] === 2) throw new MessageError('split.error.trainRowTwice', { row: r })
      mark[r] = 2
    }
    train = Int32Array.from(trainRows).sort()
  } else {
    const t: number[] = []
    for (let i = 0; i < n; i++) if (!mark[i]) t.push(i)
    train = Int32Array.from(t)
  }
  if (train.length === 0) throw new MessageError('split.error.noTrainRows')
  if (testRows.length === 0) throw new MessageError('split.error.noTestRows')
  return { train, test: Int32Array.from(testRows).sort() }
}

/** Stratified subsample of positions (e.g. the 10k SVM training subsample), seeded. */
export function stratifiedSubsample(y: ArrayLike<number>, size: number, seed = 42): Int32Array {
  if (size >= y.length) return Int32Array.from({ length: y.length }, (_, i) => i)
  const { test } = stratifiedSplit(y, Math.round(size), seed)
  return test
}
