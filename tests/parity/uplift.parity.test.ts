/**
 * Uplift parity with ../shared/reference/uplift (scikit-uplift 0.5.1 metrics, scikit-learn 1.2.1
 * models) on the Hillstrom e-mail test, Womens E-Mail vs No E-Mail, outcome visit:
 *  - the metrics on the reference's saved T-learner LR predictions equal it to 1e-9;
 *  - our T-learner LR on the reference split: Qini AUC within 0.01 of 0.087121;
 *  - the whole-file ATE and its CI to 1e-6; other arms and outcomes against the file's means.
 */
import { describe, it, expect, beforeAll } from 'vitest'
import { readFileSync } from 'node:fs'
import { SHARED, sharedPath } from '../shared'
import type { Table } from '../../src/data/table'
import { takeRows } from '../../src/ml/core/matrix'
import { qiniAucScore, upliftAucScore, upliftAtK, averageTreatmentEffect, evaluateUplift } from '../../src/ml/uplift/metrics'
import { UpliftModel } from '../../src/ml/uplift/learners'
import { armPair, readHillstrom, referenceSplit, type ArmPair } from './hillstrom'

interface RefModel { qini_auc_score: number; uplift_auc_score: number; 'uplift_at_k_0.3_overall': number; 'uplift_at_k_0.3_by_group': number }

describe.skipIf(!SHARED)('uplift parity with scikit-uplift 0.5.1 (Hillstrom)', () => {
  let ref: {
    data: { segment_counts: Record<string, number>; by_segment: Record<string, Record<string, number>> }
    experiments: Record<string, { n_train: number; n_test: number; test_treated: number; test_control: number; test_diff_in_means: number; models: Record<string, RefModel>; models_detail: Record<string, number[] | number> }>
    ate_whole_file: Record<string, { n_treat: number; n_ctrl: number; mean_treat: number; mean_ctrl: number; ate_diff_in_means: number; se_ddof1: number; ci95_ddof1: [number, number] }>
  }
  let table: Table
  let pair: ArmPair
  beforeAll(async () => {
    ref = JSON.parse(readFileSync(sharedPath('reference/uplift/hillstrom_womens_visit.json'), 'utf8'))
    table = await readHillstrom()
    pair = armPair(table, 'Womens E-Mail', 'No E-Mail', 'visit')
  })

  it('metrics on the saved T-learner LR predictions equal the reference to 1e-9', () => {
    const lines = readFileSync(sharedPath('reference/uplift/pred_tlearner_lr_womens_visit.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','))
    const t = lines.map((r) => Number(r[1])), y = lines.map((r) => Number(r[2])), u = lines.map((r) => Number(r[5]))
    const r = ref.experiments['womens_vs_control|visit'].models.tlearner_lr
    const got = { qini: qiniAucScore(y, u, t), auuc: upliftAucScore(y, u, t), overall: upliftAtK(y, u, t, 0.3, 'overall'), byGroup: upliftAtK(y, u, t, 0.3, 'by_group') }
    console.log(`saved predictions: qini ${got.qini} (ref ${r.qini_auc_score}), uplift AUC ${got.auuc} (ref ${r.uplift_auc_score}), @30% ${got.overall} / ${got.byGroup} (ref ${r['uplift_at_k_0.3_overall']} / ${r['uplift_at_k_0.3_by_group']})`)
    expect(Math.abs(got.qini - r.qini_auc_score)).toBeLessThan(1e-9)
    expect(Math.abs(got.auuc - r.uplift_auc_score)).toBeLessThan(1e-9)
    expect(Math.abs(got.overall - r['uplift_at_k_0.3_overall'])).toBeLessThan(1e-9)
    expect(Math.abs(got.byGroup - r['uplift_at_k_0.3_by_group'])).toBeLessThan(1e-9)
    // the report's bundle gives the same numbers
    const ev = evaluateUplift(y, u, t, 0.3)
    expect(Math.abs(ev.qiniAuc - r.qini_auc_score)).toBeLessThan(1e-9)
    expect(ev.byDecile.reduce((s, d) => s + d.nTreatment + d.nControl, 0)).toBe(12808)
  })

  it('the shared split: 29,885 training and 12,808 test rows (6,416 treated, 6,392 control)', () => {
    const e = ref.experiments['womens_vs_control|visit']
    const { train, test } = referenceSplit(pair)
    expect(train.length).toBe(e.n_train)
    expect(test.length).toBe(e.n_test)
    expect(test.filter((k) => pair.t[k] === 1).length).toBe(e.test_treated)
    expect(test.filter((k) => pair.t[k] === 0).length).toBe(e.test_control)
  })

  it('T-learner LR on the shared split: Qini AUC within 0.01 of the reference, coefficients close', async () => {
    const e = ref.experiments['womens_vs_control|visit']
    const { train, test } = referenceSplit(pair)
    const m = new UpliftModel({ learner: 't', base: 'lr' })
    await m.fit(takeRows(pair.X, train), train.map((k) => pair.t[k]), train.map((k) => pair.y[k]))
    const Xte = takeRows(pair.X, test)
    const u = m.predictUplift(Xte)
    const yt = test.map((k) => pair.y[k]), tt = test.map((k) => pair.t[k])
    const qini = qiniAucScore(yt, u, tt)
    const auuc = upliftAucScore(yt, u, tt)
    const at = [upliftAtK(yt, u, tt, 0.3, 'overall'), upliftAtK(yt, u, tt, 0.3, 'by_group')]
    console.log(`T-learner LR: qini ${qini.toFixed(6)} (ref ${e.models.tlearner_lr.qini_auc_score.toFixed(6)}), uplift AUC ${auuc.toFixed(6)} (ref ${e.models.tlearner_lr.uplift_auc_score.toFixed(6)}), @30% ${at[0].toFixed(6)} / ${at[1].toFixed(6)}`)
    expect(Math.abs(qini - e.models.tlearner_lr.qini_auc_score)).toBeLessThan(0.01)
    // the same optimum as scikit-learn's lbfgs: coefficients of both arms to ~3 significant digits
    const json = m.toJSON()
    const coef = (part: string): number[] => {
      const s = json.parts[part].model.state as { coef: string }
      return Array.from(new Float64Array(Uint8Array.from(Buffer.from(s.coef, 'base64')).buffer))
    }
    const refT = e.models_detail.tlearner_lr_coef_treat as number[], refC = e.models_detail.tlearner_lr_coef_ctrl as number[]
    coef('treated').forEach((c, j) => expect(Math.abs(c - refT[j])).toBeLessThan(1e-3))
    coef('control').forEach((c, j) => expect(Math.abs(c - refC[j])).toBeLessThan(1e-3))
    // round trip through JSON scores the same
    const again = UpliftModel.load(JSON.parse(JSON.stringify(json)))
    expect(Array.from(again.predictUplift(Xte))).toEqual(Array.from(u))
  })

  it('class transformation LR and T-learner GBT on the shared split (reported; CT within 0.01)', async () => {
    const e = ref.experiments['womens_vs_control|visit']
    const { train, test } = referenceSplit(pair)
    const yt = test.map((k) => pair.y[k]), tt = test.map((k) => pair.t[k])
    const Xtr = takeRows(pair.X, train), Xte = takeRows(pair.X, test)
    const ytr = train.map((k) => pair.y[k]), ttr = train.map((k) => pair.t[k])
    const ct = new UpliftModel({ learner: 'ct', base: 'lr' })
    await ct.fit(Xtr, ttr, ytr)
    const qCt = qiniAucScore(yt, ct.predictUplift(Xte), tt)
    const gbt = new UpliftModel({ learner: 't', base: 'gbt' })
    await gbt.fit(Xtr, ttr, ytr)
    const qGbt = qiniAucScore(yt, gbt.predictUplift(Xte), tt)
    console.log(`class transformation LR: qini ${qCt.toFixed(6)} (ref ${e.models.class_transformation_lr.qini_auc_score.toFixed(6)}); T-learner GBT: qini ${qGbt.toFixed(6)} (ref HGB ${e.models.tlearner_hgb.qini_auc_score.toFixed(6)})`)
    expect(Math.abs(qCt - e.models.class_transformation_lr.qini_auc_score)).toBeLessThan(0.01)
    // boosting differs from scikit-learn's HGB in binning and early-stopping draws: it must still rank better than random
    expect(qGbt).toBeGreaterThan(0)
  })

  it('whole-file ATE, Womens vs none on visit: estimate, SE and CI to 1e-6', () => {
    const r = ref.ate_whole_file['womens_vs_control|visit']
    const a = averageTreatmentEffect(pair.y, pair.t)
    console.log(`ATE ${a.estimate} [${a.lower}, ${a.upper}] SE ${a.se} (ref ${r.ate_diff_in_means} [${r.ci95_ddof1[0]}, ${r.ci95_ddof1[1]}] SE ${r.se_ddof1})`)
    expect(a.nTreated).toBe(r.n_treat)
    expect(a.nControl).toBe(r.n_ctrl)
    expect(Math.abs(a.estimate - r.ate_diff_in_means)).toBeLessThan(1e-6)
    expect(Math.abs(a.se - r.se_ddof1)).toBeLessThan(1e-6)
    expect(Math.abs(a.lower - r.ci95_ddof1[0])).toBeLessThan(1e-6)
    expect(Math.abs(a.upper - r.ci95_ddof1[1])).toBeLessThan(1e-6)
  })

  it('other arms and outcomes: every arm pair and outcome matches the file means', () => {
    const means = ref.data.by_segment
    for (const arm of ['Mens E-Mail', 'Womens E-Mail']) {
      for (const outcome of ['visit', 'conversion', 'spend']) {
        const p = armPair(table, arm, 'No E-Mail', outcome)
        const a = averageTreatmentEffect(p.y, p.t)
        expect(a.nTreated).toBe(ref.data.segment_counts[arm])
        expect(Math.abs(a.meanTreated - means[`${outcome}|mean`][arm])).toBeLessThan(1e-9)
        expect(Math.abs(a.estimate - (means[`${outcome}|mean`][arm] - means[`${outcome}|mean`]['No E-Mail']))).toBeLessThan(1e-9)
      }
    }
  })
})
