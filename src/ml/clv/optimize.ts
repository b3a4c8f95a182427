/**
 * Minimisers for the BTYD likelihoods: BFGS with an analytic gradient when the caller has one (else
 * central differences), a Nelder–Mead polish of the best run, and a Hessian for standard errors
 * (central differences of the gradient, or second differences of f). The objectives are smooth
 * means over customers (values near 0.25–5), so fixed relative steps are safe.
 */
import type { RunControl } from '../core/progress'
import { checkCancel } from '../core/progress'

export type Objective = (x: number[]) => number
/** ∇f at x (NaN entries where f is not finite) */
export type Gradient = (x: number[]) => number[]

export interface MinimizeResult {
  x: number[]
  fun: number
  /** BFGS's inverse-Hessian estimate at x (absent for other minimisers) */
  invHessian?: number[][]
  /** max |gradient| at x */
  gradMax: number
  iterations: number
  converged: boolean
}

// cube root of machine epsilon: the step that balances truncation and rounding for central differences
const H_GRAD = 6e-6

export function numericGradient(f: Objective, x: number[], fx?: number): number[] {
  const g = new Array<number>(x.length)
  const y = x.slice()
  if (fx !== undefined) {
    // forward differences (n evaluations instead of 2n): accurate to ~1e-8, enough for a coarse run
    for (let i = 0; i < x.length; i++) {
      const h = 1.5e-8 * Math.max(1, Math.abs(x[i]))
      y[i] = x[i] + h
      const fp = f(y)
      y[i] = x[i]
      g[i] = Number.isFinite(fp) ? (fp - fx) / h : NaN
    }
    return g
  }
  for (let i = 0; i < x.length; i++) {
    const h = H_GRAD * Math.max(1, Math.abs(x[i]))
    y[i] = x[i] + h
    const fp = f(y)
    y[i] = x[i] - h
    const fm = f(y)
    y[i] = x[i]
    g[i] = Number.isFinite(fp) && Number.isFinite(fm) ? (fp - fm) / (2 * h) : NaN
  }
  return g
}

const dot = (a: number[], b: number[]): number => a.reduce((s, v, i) => s + v * b[i], 0)
const maxAbs = (a: number[]): number => a.reduce((m, v) => Math.max(m, Math.abs(v)), 0)

export interface BfgsOptions {
  maxIter?: number
  gtol?: number
  /** largest step in any coordinate (log-parameters: e-folds) */
  maxStep?: number
  /** forward-difference gradient (cheaper, for coarse runs); ignored when `gradient` is given */
  forward?: boolean
  /** the analytic gradient of f; finite differences when absent */
  gradient?: Gradient
  /** f and its gradient in one pass (cheaper than both apart): used for the first trial of each line search */
  valueAndGradient?: (x: number[]) => [number, number[]]
  /** starting inverse-Hessian estimate (identity when absent), e.g. from a coarser run that ended at x0 */
  invHessian?: number[][]
}

export function bfgs(f: Objective, x0: number[], opt: BfgsOptions = {}): MinimizeResult {
  const n = x0.length
  const maxIter = opt.maxIter ?? 400
  const gtol = opt.gtol ?? 1e-9
  const maxStep = opt.maxStep ?? 2
  let x = x0.slice()
  let fx = f(x)
  if (!Number.isFinite(fx)) return { x, fun: fx, gradMax: NaN, iterations: 0, converged: false }
  const analytic = opt.gradient
  const grad = (p: number[], fp: number): number[] => (analytic ? analytic(p) : numericGradient(f, p, opt.forward ? fp : undefined))
  let g = grad(x, fx)
  let H = opt.invHessian && opt.invHessian.length === n && opt.invHessian.every((r) => r.every(Number.isFinite)) ? opt.invHessian.map((r) => r.slice()) : identity(n)
  let it = 0
  let stalled = 0
  for (; it < maxIter; it++) {
    if (!g.every(Number.isFinite)) break
    if (maxAbs(g) < gtol) break
    let p = matVec(H, g).map((v) => -v)
    if (dot(p, g) >= 0) {
      H = identity(n)
      p = g.map((v) => -v)
    }
    const big = maxAbs(p)
    if (big > maxStep) p = p.map((v) => (v * maxStep) / big)
    // backtracking line search with the Armijo condition
    const slope = dot(p, g)
    let step = 1
    let xn: number[] = x
    let fn = Infinity
    let ok = false
    let gTrial: number[] | null = null
    for (let k = 0; k < 60; k++) {
      xn = x.map((v, i) => v + step * p[i])
      // the full step is usually accepted: take its gradient in the same pass
      if (k === 0 && opt.valueAndGradient) [fn, gTrial] = opt.valueAndGradient(xn)
      else {
        fn = f(xn)
        gTrial = null
      }
      if (Number.isFinite(fn) && fn <= fx + 1e-4 * step * slope) {
        ok = true
        break
      }
      step *= 0.5
    }
    if (!ok) {
      // no descent along p: restart once from steepest descent, then give up
      if (stalled++ > 0) break
      H = identity(n)
      continue
    }
    const gn = gTrial ?? grad(xn, fn)
    const s = xn.map((v, i) => v - x[i])
    const y = gn.map((v, i) => v - g[i])
    const sy = dot(s, y)
    const df = fx - fn
    x = xn
    g = gn
    fx = fn
    if (sy > 1e-18) {
      const Hy = matVec(H, y)
      const yHy = dot(y, Hy)
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          H[i][j] += ((sy + yHy) * s[i] * s[j]) / (sy * sy) - (Hy[i] * s[j] + s[i] * Hy[j]) / sy
        }
      }
    }
    if (df <= 1e-16 * Math.max(1, Math.abs(fx)) && maxAbs(s) < 1e-10) break
    stalled = 0
  }
  const gradMax = maxAbs(g)
  return { x, fun: fx, invHessian: H, gradMax, iterations: it, converged: Number.isFinite(gradMax) && gradMax < 1e-5 }
}

/** Nelder–Mead from x0 with an initial simplex of `scale` in each coordinate. */
export function nelderMead(f: Objective, x0: number[], scale = 1e-3, maxIter = 3000): { x: number[]; fun: number } {
  const n = x0.length
  const pts: number[][] = [x0.slice()]
  for (let i = 0; i < n; i++) {
    const p = x0.slice()
    p[i] += scale * Math.max(1, Math.abs(p[i]))
    pts.push(p)
  }
  let vals = pts.map((p) => {
    const v = f(p)
    return Number.isFinite(v) ? v : Infinity
  })
  for (let it = 0; it < maxIter; it++) {
    const order = vals.map((_, i) => i).sort((a, b) => vals[a] - vals[b])
    const P = order.map((i) => pts[i])
    const V = order.map((i) => vals[i])
    pts.splice(0, pts.length, ...P)
    vals = V
    const spreadF = vals[n] - vals[0]
    let spreadX = 0
    for (let i = 1; i <= n; i++) for (let j = 0; j < n; j++) spreadX = Math.max(spreadX, Math.abs(pts[i][j] - pts[0][j]))
    if (spreadF <= 1e-16 * Math.max(1, Math.abs(vals[0])) && spreadX < 1e-12) break
    const c = new Array<number>(n).fill(0)
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) c[j] += pts[i][j] / n
    const worst = pts[n]
    const at = (t: number): number[] => c.map((v, j) => v + t * (worst[j] - v))
    const ev = (p: number[]): number => {
      const v = f(p)
      return Number.isFinite(v) ? v : Infinity
    }
    const xr = at(-1)
    const fr = ev(xr)
    if (fr < vals[0]) {
      const xe = at(-2)
      const fe = ev(xe)
      if (fe < fr) {
        pts[n] = xe
        vals[n] = fe
      } else {
        pts[n] = xr
        vals[n] = fr
      }
    } else if (fr < vals[n - 1]) {
      pts[n] = xr
      vals[n] = fr
    } else {
      const outside = fr < vals[n]
      const xc = at(outside ? -0.5 : 0.5)
      const fc = ev(xc)
      if (fc < (outside ? fr : vals[n])) {
        pts[n] = xc
        vals[n] = fc
      } else {
        for (let i = 1; i <= n; i++) {
          pts[i] = pts[i].map((v, j) => pts[0][j] + 0.5 * (v - pts[0][j]))
          vals[i] = ev(pts[i])
        }
      }
    }
  }
  let best = 0
  for (let i = 1; i <= n; i++) if (vals[i] < vals[best]) best = i
  return { x: pts[best], fun: vals[best] }
}

export interface MultiStartResult extends MinimizeResult {
  runs: { start: number[]; fun: number; x: number[]; converged: boolean }[]
  /** largest difference in objective between converged runs (how much the starts disagree) */
  spread: number
}

/** Two converged coarse runs whose objectives differ by at most this (relative) found the same optimum. */
export const STARTS_AGREE = 1e-8
// Tight enough that two runs into one optimum end within ~1e-10 of each other (so STARTS_AGREE can
// tell), where 1e-4 left them ~1e-8 apart and every start ran: 2–3 runs of ~25 steps instead of 5 of ~22.
const COARSE_GTOL = 1e-5

/**
 * A coarse BFGS run (gtol 1e-5) from each start, the best refined to gtol 1e-9 (BFGS again, from
 * the coarse run's inverse-Hessian estimate), then polished with Nelder–Mead only when BFGS stopped
 * short of that (kept only when it improves): starts are tried at a fraction of the cost of full
 * runs, and starts that land elsewhere still show up in `spread`. The starts stop once two
 * converged coarse runs agree to STARTS_AGREE: another start could only find that optimum again
 * or a worse one unless the surface has a third basin neither reached. `coarseF` (e.g. the
 * objective on a subsample) replaces f in the coarse runs.
 */
export function multiStart(f: Objective, starts: number[][], control?: RunControl, opt: BfgsOptions = {}, coarseF?: Objective, coarseGradient?: Gradient): MultiStartResult {
  const runs: MultiStartResult['runs'] = []
  let best: MinimizeResult | null = null
  const finished: number[] = []
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]
    checkCancel(control?.cancel)
    const r = bfgs(coarseF ?? f, s, coarseF ? { ...opt, gtol: COARSE_GTOL, forward: true, gradient: coarseGradient, valueAndGradient: undefined } : { ...opt, gtol: COARSE_GTOL, forward: true })
    // reached the coarse tolerance (a run can also stop on a line search that cannot descend)
    const done = r.gradMax < COARSE_GTOL && Number.isFinite(r.fun)
    const agrees = done && finished.some((v) => Math.abs(v - r.fun) <= STARTS_AGREE * Math.max(1, Math.abs(r.fun)))
    if (done) finished.push(r.fun)
    runs.push({ start: s, fun: r.fun, x: r.x, converged: r.converged })
    if (Number.isFinite(r.fun) && (best === null || r.fun < best.fun)) best = r
    control?.onProgress?.((k + 1) / (starts.length + 1))
    if (agrees) break
  }
  const coarse: MinimizeResult = best ?? { x: starts[0], fun: NaN, gradMax: NaN, iterations: 0, converged: false }
  let { x, fun } = coarse
  if (coarseF && Number.isFinite(fun)) fun = f(x)
  let iterations = coarse.iterations
  if (Number.isFinite(fun)) {
    const fine = bfgs(f, x, { ...opt, forward: false, invHessian: coarse.invHessian })
    iterations += fine.iterations
    if (fine.fun <= fun) ({ x, fun } = fine)
    // BFGS that stalled well short of gtol (a line search that cannot descend on a flat ridge)
    if (!(fine.gradMax < 1e-7)) {
      const nm = nelderMead(f, x, 1e-4, 400)
      if (nm.fun < fun) ({ x, fun } = nm)
    }
  }
  const gradMax = Number.isFinite(fun) ? maxAbs(opt.gradient ? opt.gradient(x) : numericGradient(f, x)) : NaN
  const ok = runs.filter((r) => r.converged && Number.isFinite(r.fun)).map((r) => r.fun)
  // coarse runs stop within ~1e-10 of their optimum; a larger gap means a different local optimum
  const spread = ok.length > 1 ? Math.max(...ok) - Math.min(...ok) : 0
  control?.onProgress?.(1)
  return { x, fun, gradMax, iterations, converged: Number.isFinite(gradMax) && gradMax < 1e-5, runs, spread }
}

/** Central-difference Hessian of f at x (step h in every coordinate). */
export function numericHessian(f: Objective, x: number[], h = 1e-4): number[][] {
  const n = x.length
  const H = identity(n).map((r) => r.map(() => 0))
  const y = x.slice()
  const at = (i: number, di: number, j: number, dj: number): number => {
    y[i] += di
    y[j] += dj
    const v = f(y)
    y[i] -= di
    y[j] -= dj
    return v
  }
  const f0 = f(x)
  for (let i = 0; i < n; i++) {
    H[i][i] = (at(i, 2 * h, i, 0) - 2 * f0 + at(i, -2 * h, i, 0)) / (4 * h * h)
    for (let j = i + 1; j < n; j++) {
      const v = (at(i, h, j, h) - at(i, h, j, -h) - at(i, -h, j, h) + at(i, -h, j, -h)) / (4 * h * h)
      H[i][j] = v
      H[j][i] = v
    }
  }
  return H
}

/** Hessian as central differences of an analytic gradient (2n gradients instead of ~2n² values of f), symmetrised. */
export function gradientHessian(gradient: Gradient, x: number[], h = 1e-5): number[][] {
  const n = x.length
  const H = identity(n).map((r) => r.map(() => 0))
  const y = x.slice()
  for (let i = 0; i < n; i++) {
    y[i] = x[i] + h
    const gp = gradient(y)
    y[i] = x[i] - h
    const gm = gradient(y)
    y[i] = x[i]
    for (let j = 0; j < n; j++) H[i][j] = (gp[j] - gm[j]) / (2 * h)
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = 0.5 * (H[i][j] + H[j][i])
      H[i][j] = v
      H[j][i] = v
    }
  }
  return H
}

/** Inverse of a small symmetric matrix by Gauss–Jordan with partial pivoting; null when singular. */
export function invert(A: number[][]): number[][] | null {
  const n = A.length
  const M = A.map((r, i) => [...r, ...identity(n)[i]])
  for (let c = 0; c < n; c++) {
    let p = c
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r
    if (!(Math.abs(M[p][c]) > 1e-300)) return null
    ;[M[c], M[p]] = [M[p], M[c]]
    const d = M[c][c]
    for (let j = 0; j < 2 * n; j++) M[c][j] /= d
    for (let r = 0; r < n; r++) {
      if (r === c) continue
      const k = M[r][c]
      if (k !== 0) for (let j = 0; j < 2 * n; j++) M[r][j] -= k * M[c][j]
    }
  }
  return M.map((r) => r.slice(n))
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)))
}

function matVec(A: number[][], v: number[]): number[] {
  return A.map((r) => dot(r, v))
}
