/**
 * uplift: train uplift models on a randomised test and evaluate them on held-out rows, or evaluate
 * given uplift scores (scikit-uplift 0.5.1 metric definitions).
 *   npm run --silent cli -- uplift --data FILE --treatment COL --control VALUE [--treated VALUE]
 *     --outcome COL [--positive VALUE] [--drop a,b] [--learners t-lr,t-gbt,x-gbt,ct-lr]
 *     [--test-rows FILE] [--test-size 0.3] [--seed 42] [--k 0.3] [--sep ;] [--save MODELFILE]
 *   prints {rows, treated, control, ate: {estimate, lower, upper}, models: [{name, test: {qiniAuc,
 *   upliftAuc, upliftAtK: {overall, byGroup}}}]}; rows of other arms are left out and counted
 *   (otherArmRows); without --treated every non-control arm is a treatment and each model entry
 *   names its "arm".
 *   npm run --silent cli -- uplift --scores FILE --uplift COL --treatment COL --control VALUE
 *     --outcome COL [--positive VALUE] [--k 0.3] [--sep ;]
 *   prints {qiniAuc, upliftAuc, upliftAtK: {overall, byGroup}}.
 * --save: after the held-out check, each learner is trained again on every row of the arms used
 * (one model per creative against the control) and written as an uplift model file (the Models
 * page / `score --model` format; several learners: one file each, named after the learner), its
 * card carrying each creative's held-out Qini AUC; the JSON then lists them under "saved".
 * --test-rows: 0-based data rows of FILE (one a line) held out for the test; the other rows of the
 * arms used train the models. Without it the test rows are drawn stratified by treatment × outcome.
 * An outcome is binary with --positive (1 where the cell equals it) or when it holds only 0/1;
 * otherwise continuous (spend), where the Qini/uplift AUCs are undefined (null) as in scikit-uplift.
 */
import { readFile } from 'node:fs/promises'
import { allowOnly, bool, CliError, num, parseArgs, str } from './args'
import { asReadable, renderMessage } from './messages'
import { readTableFile } from '../data/node'
import { cellString, getColumn, numericValues, type Table } from '../data/table'
import { Preprocessor } from '../ml/preprocessing/pipeline'
import { UpliftModel, parseLearnerName } from '../ml/uplift/learners'
import { MultiArmUplift } from '../ml/uplift/multiarm'
import { serializeModel } from '../ml/modelfile/format'
import { modelFilePathFor } from '../ml/modelfile/adapters'
import { fileSystem } from '../ml/modelfile/node'
import { averageTreatmentEffect, qiniAucScore, upliftAtK, upliftAucScore } from '../ml/uplift/metrics'
import { balance, checkArms, splitByTreatmentOutcome } from '../ml/uplift/experiment'
import type { Message } from '../ml/stats/messages'

const KNOWN_TRAIN = ['data', 'treatment', 'control', 'treated', 'outcome', 'positive', 'drop', 'learners', 'test-rows', 'test-size', 'seed', 'k', 'sep', 'save']
const KNOWN_SCORES = ['scores', 'uplift', 'treatment', 'control', 'outcome', 'positive', 'k', 'sep']

const warningOut = (m: Message): { code: string; params: Message['params']; text: string } => ({ code: m.code, params: m.params, text: renderMessage(m) })

function outcomeOf(table: Table, col: string, positive: string | undefined): { y: Float64Array; binary: boolean } {
  const c = getColumn(table, col)
  if (positive !== undefined) {
    const y = new Float64Array(table.nRows)
    let hit = 0
    for (let i = 0; i < table.nRows; i++) { y[i] = cellString(c, i).trim() === positive ? 1 : 0; hit += y[i] }
    if (!hit) throw new CliError(`--positive "${positive}" does not occur in column "${col}"`)
    return { y, binary: true }
  }
  const y = numericValues(c)
  let binary = true
  for (let i = 0; i < y.length; i++) {
    if (Number.isNaN(y[i])) throw new CliError(`column "${col}" (outcome) is missing or not a number at row ${i + 1}; give --positive VALUE for a text outcome`)
    if (y[i] !== 0 && y[i] !== 1) binary = false
  }
  return { y, binary }
}

function kOf(a: ReturnType<typeof parseArgs>): number {
  const k = num(a, 'k', 0.3)!
  if (!(k > 0 && k < 1)) throw new CliError(`--k must be a share between 0 and 1, got ${k}`)
  return k
}

async function readRows(path: string): Promise<number[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new CliError(`--test-rows: cannot read ${path}`)
  }
  const out: number[] = []
  text.split(/\r?\n/).forEach((line, k) => {
    const t = line.trim()
    if (!t) return
    const v = Number(t)
    if (!Number.isInteger(v) || v < 0) throw new CliError(`--test-rows: line ${k + 1} of ${path} is "${t}", not a 0-based row index`)
    out.push(v)
  })
  return out
}

function metrics(y: ArrayLike<number>, u: ArrayLike<number>, t: ArrayLike<number>, k: number, binary: boolean): { qiniAuc: number | null; upliftAuc: number | null; upliftAtK: { overall: number; byGroup: number } } {
  return {
    qiniAuc: binary ? qiniAucScore(y, u, t) : null,
    upliftAuc: binary ? upliftAucScore(y, u, t) : null,
    upliftAtK: { overall: upliftAtK(y, u, t, k, 'overall'), byGroup: upliftAtK(y, u, t, k, 'by_group') },
  }
}

async function runScores(a: ReturnType<typeof parseArgs>): Promise<void> {
  allowOnly(a, KNOWN_SCORES)
  const path = str(a, 'scores', true)
  const { table } = await readTableFile(path, { sep: str(a, 'sep') })
  const u = numericValues(getColumn(table, str(a, 'uplift', true)))
  const tc = getColumn(table, str(a, 'treatment', true))
  const control = str(a, 'control', true)
  const t = Uint8Array.from({ length: table.nRows }, (_, i) => (cellString(tc, i).trim() === control ? 0 : 1))
  if (!t.some((v) => v === 0)) throw new CliError(`no row has treatment "${control}" (the control value) in ${path}`)
  const { y, binary } = outcomeOf(table, str(a, 'outcome', true), str(a, 'positive'))
  process.stdout.write(JSON.stringify(metrics(y, u, t, kOf(a), binary)) + '\n')
}

async function runTrain(a: ReturnType<typeof parseArgs>): Promise<void> {
  allowOnly(a, KNOWN_TRAIN)
  const path = str(a, 'data', true)
  const { table, schema } = await readTableFile(path, { sep: str(a, 'sep') })
  const treatmentCol = str(a, 'treatment', true)
  const outcomeCol = str(a, 'outcome', true)
  const control = str(a, 'control', true)
  const treatedValue = str(a, 'treated')
  const learners = (str(a, 'learners') ?? 't-lr').split(',').map((s) => s.trim()).filter(Boolean)
  const specs = learners.map((n) => ({ name: n, ...parseLearnerName(n) }))
  const testSize = num(a, 'test-size', 0.3)!
  if (!(testSize > 0 && testSize < 1)) throw new CliError(`--test-size must be between 0 and 1, got ${testSize}`)
  const seed = num(a, 'seed', 42)!
  if (!Number.isInteger(seed)) throw new CliError(`--seed must be an integer, got ${seed}`)
  const k = kOf(a)
  if (bool(a, 'save')) throw new CliError('--save needs a file name')
  const save = str(a, 'save')
  const drop = new Set(str(a, 'drop')?.split(',').map((s) => s.trim()).filter(Boolean) ?? [])
  for (const d of drop) getColumn(table, d)

  const tc = getColumn(table, treatmentCol)
  const armOf = Array.from({ length: table.nRows }, (_, i) => cellString(tc, i).trim())
  const { y: yAll, binary } = outcomeOf(table, outcomeCol, str(a, 'positive'))
  const outcome = binary ? 'binary' : 'continuous'
  const warnings: Message[] = []
  const { summary, warnings: armWarn } = checkArms(armOf, yAll, control, outcome)
  warnings.push(...armWarn)
  if (treatedValue !== undefined && !summary.some((s) => s.arm === treatedValue)) throw new CliError(`--treated "${treatedValue}" is not an arm of column "${treatmentCol}" (arms: ${summary.map((s) => s.arm).join(', ')})`)
  const treatments = treatedValue !== undefined ? [treatedValue] : summary.map((s) => s.arm).filter((x) => x !== control).sort((x, y) => x.localeCompare(y, 'en', { numeric: true }))
  const used: number[] = []
  for (let i = 0; i < table.nRows; i++) if (armOf[i] === control || treatments.includes(armOf[i])) used.push(i)
  const otherArmRows = table.nRows - used.length
  const features = table.columns.map((c) => c.name).filter((n) => n !== treatmentCol && n !== outcomeCol && !drop.has(n))
  if (!features.length) throw new CliError('no feature columns are left after --drop')

  // held-out rows: the file's own list, or stratified by (any treatment) × outcome over the rows used
  let testSet: Set<number>
  const testFile = str(a, 'test-rows')
  if (testFile) {
    const listed = await readRows(testFile)
    for (const r of listed) if (r >= table.nRows) throw new CliError(`--test-rows: row ${r} is beyond the ${table.nRows} data rows of ${path}`)
    testSet = new Set(listed)
  } else {
    const split = splitByTreatmentOutcome(used.map((i) => (armOf[i] === control ? 0 : 1)), used.map((i) => yAll[i]), testSize, seed, binary)
    testSet = new Set(Array.from(split.test, (q) => used[q]))
  }

  const models: Record<string, unknown>[] = []
  const arms: Record<string, unknown>[] = []
  let step = 0
  const total = treatments.length * specs.length
  for (const arm of treatments) {
    const rows = used.filter((i) => armOf[i] === arm || armOf[i] === control)
    const train = rows.filter((i) => !testSet.has(i))
    const test = rows.filter((i) => testSet.has(i))
    const tOf = (i: number): number => (armOf[i] === arm ? 1 : 0)
    if (!test.some((i) => tOf(i) === 1) || !test.some((i) => tOf(i) === 0)) throw new CliError(`the test rows hold no ${test.some((i) => tOf(i) === 1) ? 'control' : `"${arm}"`} customers: use a larger --test-size or another --test-rows file`)
    const pre = Preprocessor.fit({ table, rows: train, features, schema })
    const Xtr = pre.transform(table, train)
    const Xte = pre.transform(table, test)
    const ttr = train.map(tOf), tte = test.map(tOf)
    const ytr = train.map((i) => yAll[i]), yte = test.map((i) => yAll[i])
    warnings.push(...balance(Xtr, ttr, pre.featureNames).warnings.map((m) => ({ ...m, params: { ...m.params, arm } })))
    const ate = averageTreatmentEffect(rows.map((i) => yAll[i]), rows.map(tOf))
    arms.push({ arm, treated: ate.nTreated, control: ate.nControl, ate: { estimate: ate.estimate, lower: ate.lower, upper: ate.upper } })
    for (const s of specs) {
      const m = new UpliftModel({ learner: s.learner, base: s.base, outcome, seed })
      const t0 = performance.now()
      await m.fit(Xtr, ttr, ytr, { onProgress: (f) => process.stderr.write(`\r${Math.floor(((step + f) / total) * 100)}% ${arm} ${s.name}`.padEnd(60).slice(0, 79)) })
      warnings.push(...m.warnings)
      const u = m.predictUplift(Xte)
      models.push({ name: s.name, ...(treatedValue === undefined ? { arm } : {}), test: metrics(yte, u, tte, k, binary), fitSeconds: Math.round((performance.now() - t0) / 10) / 100 })
      step++
    }
  }
  process.stderr.write('\n')
  const saved: string[] = []
  if (save) {
    // the file's model learns from every tested customer of the arms used; its card keeps the held-out check
    const pre = Preprocessor.fit({ table, rows: used, features, schema })
    const X = pre.transform(table, used)
    const armsUsed = used.map((i) => armOf[i])
    const yUsed = used.map((i) => yAll[i])
    const trained = [control, ...treatments].map((arm) => ({ arm, customers: armsUsed.filter((x) => x === arm).length, converted: armsUsed.reduce((s, x, q) => s + (x === arm ? yUsed[q] : 0), 0) }))
    for (const s of specs) {
      const multi = new MultiArmUplift({ learner: s.learner, base: s.base, outcome, seed })
      await multi.fit(X, armsUsed, yUsed, control)
      const metricsOf: Record<string, number | null> = {}
      for (const m of models) {
        if (m.name !== s.name) continue
        const arm = (m.arm as string | undefined) ?? treatments[0]
        const test = m.test as ReturnType<typeof metrics>
        metricsOf[`qiniAuc.${arm}`] = test.qiniAuc
        metricsOf[`upliftAuc.${arm}`] = test.upliftAuc
      }
      const file = await serializeModel({
        kind: 'uplift', name: `Who to contact next: ${outcomeCol} (${s.name})`, pipeline: pre, uplift: multi,
        target: { name: outcomeCol, ...(str(a, 'positive') !== undefined ? { positive: str(a, 'positive') } : {}) }, trained,
        metrics: metricsOf, training: { table, rows: used }, schema,
        card: { notes: `Trained on ${used.length} customers of a randomised test (${treatmentCol}: ${[...treatments].join(', ')} vs ${control}); Qini AUC per creative on ${used.filter((i) => testSet.has(i)).length} held-out customers` },
      })
      const path = modelFilePathFor(save, s.name, specs.length)
      await fileSystem(path).save(file.artifacts)
      saved.push(path)
    }
  }
  // top-level ATE: the treated arm(s) pooled vs control over every row used
  const ate = averageTreatmentEffect(used.map((i) => yAll[i]), used.map((i) => (armOf[i] === control ? 0 : 1)))
  const out = {
    rows: used.length,
    treated: ate.nTreated,
    control: ate.nControl,
    otherArmRows,
    outcome,
    testRows: used.filter((i) => testSet.has(i)).length,
    ate: { estimate: ate.estimate, lower: ate.lower, upper: ate.upper },
    ...(treatedValue === undefined ? { arms } : {}),
    models,
    ...(saved.length ? { saved } : {}),
    ...(warnings.length ? { warnings: warnings.map(warningOut) } : {}),
  }
  for (const w of warnings) process.stderr.write(`warning: ${renderMessage(w)}\n`)
  process.stdout.write(JSON.stringify(out) + '\n')
}

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  try {
    if (a.flags.has('scores')) await runScores(a)
    else await runTrain(a)
  } catch (e) {
    throw asReadable(e)
  }
}
