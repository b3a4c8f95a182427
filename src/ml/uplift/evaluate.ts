/**
 * Held-out evaluation of a multi-arm uplift model, one arm against the control at a time: the arm's
 * and the control's rows are split stratified by treatment × outcome, a model of the same kind is
 * fitted on the training part and scored on the held-out part with scikit-uplift's definitions
 * (Qini curve and AUC, uplift@k, uplift by decile). The chart gets the curve thinned to a few
 * hundred points and the random line (the straight line from the origin to the curve's end, as
 * sklift's `plot_qini_curve` draws it).
 */
import type { Matrix } from '../core/matrix'
import { takeRows } from '../core/matrix'
import { checkCancel, subProgress, type RunControl } from '../core/progress'
import { MessageError, message, type Message } from '../stats/messages'
import { UpliftModel, type UpliftOptions } from './learners'
import { evaluateUplift, type Curve, type PercentileRow } from './metrics'
import { splitByTreatmentOutcome } from './experiment'

export interface CurvePoints {
  x: number[]
  y: number[]
}

export interface ArmEvaluation {
  arm: string
  nTrain: number
  nTest: number
  /** held-out treated and control customers, and their responders */
  test: { treated: number; control: number; treatedResponders: number; controlResponders: number }
  qiniAuc: number
  upliftAuc: number
  upliftAtK: { overall: number; byGroup: number }
  k: number
  qini: CurvePoints
  /** the perfect model's Qini curve (negative_effect=True) */
  qiniPerfect: CurvePoints
  /** random targeting: the straight line from (0, 0) to the Qini curve's last point */
  random: CurvePoints
  byDecile: PercentileRow[]
}

/** At most `max` points of a curve, evenly spaced by index, always with the first and the last. */
export function thinCurve(c: Curve | CurvePoints, max = 200): CurvePoints {
  const n = c.x.length
  if (!(Number.isInteger(max) && max >= 2)) throw new MessageError('uplift.badMaxPoints', { max })
  if (n <= max) return { x: Array.from(c.x), y: Array.from(c.y) }
  const x: number[] = [], y: number[] = []
  let last = -1
  for (let k = 0; k < max; k++) {
    const i = Math.round((k * (n - 1)) / (max - 1))
    if (i === last) continue
    x.push(c.x[i]); y.push(c.y[i])
    last = i
  }
  return { x, y }
}

export interface EvaluateOptions {
  testSize?: number
  seed?: number
  /** share of the held-out rows for uplift@k */
  k?: number
  /** most points per curve handed to a chart */
  maxPoints?: number
}

/**
 * One held-out evaluation per treatment arm; arms whose held-out part cannot be scored (no treated,
 * no control or no responder in it) are left out with a message.
 */
export async function evaluateArms(
  X: Matrix, armOf: ArrayLike<string>, y: ArrayLike<number>, controlArm: string, options: Partial<UpliftOptions>, opt: EvaluateOptions = {}, control?: RunControl,
): Promise<{ arms: ArmEvaluation[]; warnings: Message[] }> {
  const testSize = opt.testSize ?? 0.3
  const seed = opt.seed ?? options.seed ?? 42
  const k = opt.k ?? 0.3
  const maxPoints = opt.maxPoints ?? 200
  const arms = [...new Set(Array.from(armOf))].filter((a) => a !== controlArm).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
  if (!arms.length) throw new MessageError('uplift.noTreatmentArm', { control: controlArm })
  const out: ArmEvaluation[] = []
  const warnings: Message[] = []
  for (let a = 0; a < arms.length; a++) {
    checkCancel(control?.cancel)
    const rows: number[] = []
    for (let i = 0; i < armOf.length; i++) if (armOf[i] === arms[a] || armOf[i] === controlArm) rows.push(i)
    const t = Uint8Array.from(rows, (i) => (armOf[i] === arms[a] ? 1 : 0))
    const yy = Float64Array.from(rows, (i) => y[i])
    const { train, test } = splitByTreatmentOutcome(t, yy, testSize, seed, options.outcome !== 'continuous')
    const yTest = Float64Array.from(test, (q) => yy[q]), tTest = Uint8Array.from(test, (q) => t[q])
    const counts = { treated: 0, control: 0, treatedResponders: 0, controlResponders: 0 }
    for (let q = 0; q < test.length; q++) {
      if (tTest[q]) { counts.treated++; counts.treatedResponders += yTest[q] ? 1 : 0 } else { counts.control++; counts.controlResponders += yTest[q] ? 1 : 0 }
    }
    if (!counts.treated || !counts.control || !(counts.treatedResponders + counts.controlResponders) || counts.treated + counts.control === counts.treatedResponders + counts.controlResponders) {
      warnings.push(message('uplift.evalSkipped', { arm: arms[a], treated: counts.treated, control: counts.control, responders: counts.treatedResponders + counts.controlResponders }))
      continue
    }
    const Xa = takeRows(X, rows)
    const m = new UpliftModel(options)
    try {
      await m.fit(takeRows(Xa, train), Uint8Array.from(train, (q) => t[q]), Float64Array.from(train, (q) => yy[q]), {
        cancel: control?.cancel, onProgress: subProgress(control?.onProgress, a / arms.length, (a + 1) / arms.length),
      })
    } catch (err) {
      // a training part with one class only (few responders): this arm cannot be evaluated held out
      if (err instanceof MessageError && err.code === 'uplift.oneClass') {
        warnings.push(message('uplift.evalSkipped', { arm: arms[a], treated: counts.treated, control: counts.control, responders: counts.treatedResponders + counts.controlResponders }))
        continue
      }
      throw err
    }
    const u = m.predict(takeRows(Xa, test)).uplift
    const e = evaluateUplift(yTest, u, tTest, k)
    const last = e.qini.x.length - 1
    out.push({
      arm: arms[a], nTrain: train.length, nTest: test.length, test: counts,
      qiniAuc: e.qiniAuc, upliftAuc: e.upliftAuc, upliftAtK: e.upliftAtK, k,
      qini: thinCurve(e.qini, maxPoints), qiniPerfect: thinCurve(e.qiniPerfect, maxPoints),
      random: { x: [0, e.qini.x[last]], y: [0, e.qini.y[last]] },
      byDecile: e.byDecile,
    })
  }
  return { arms: out, warnings }
}
