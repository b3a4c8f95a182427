import { renderEnglish } from '../i18n/render'
import { readFile } from 'node:fs/promises'
import { parseArgs, str, num, bool, allowOnly, CliError, progress } from './args'
import { readTableFile } from '../data/node'
import type { Label } from '../ml/core/message'
import type { ModelSpec } from '../ml/propensity/train'
import { isModelName } from '../ml/propensity/models'
import { fileSystem } from '../ml/modelfile/node'
import { modelFilePathFor } from '../ml/modelfile/adapters'
import { ensureTfBackend } from '../ml/tf/backend'
import { predictEngine } from '../engine/predict'
import { ResultCache } from '../engine/cache'

const labelText = (l: Label | undefined): string => (l === undefined ? '' : typeof l === 'string' ? l : renderEnglish(l))

/** What `campaign-lab classify --help` prints above the option list. */
export const help = `usage: campaign-lab classify --data FILE --target COL --positive VALUE [--sep ';'] [--drop a,b]
  [--models lr,knn,tree,svm,mlp,rf,gbt] [--vote soft|hard] [--smote] [--cv 5] [--grid]
  [--test-size 0.2] [--test-rows FILE] [--train-rows FILE] [--seed 42] [--save MODELFILE]
  [--backend wasm|cpu]
The network and KNN's large searches run on TF.js (default wasm; cpu = the plain-JS backend).
Prints one JSON object: {rows, features, models: [{name, smote, test, cv, fitSeconds}], backend, saved?}.
--save writes one model file per trained model (the Models page / score --model format):
MODELFILE itself for one model, MODELFILE-<id>.<ext> for several.
--shap N adds per model "shap": {method, scale, expectedValue, additivityMaxError, meanAbs: {column: …}}
over the first N test rows (per original column; exact for lr / tree / rf / gbt, sampled with a
50-row background and 5 antithetic pairs for the others, whose "maxSe" is then given).`

const KNOWN = ['data', 'target', 'positive', 'sep', 'drop', 'models', 'vote', 'smote', 'cv', 'grid', 'test-size', 'test-rows', 'train-rows', 'seed', 'save', 'scoring', 'backend', 'shap'] as const

async function readRows(path: string, flag: string): Promise<number[]> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new CliError(`--${flag}: cannot read ${path}`)
  }
  const out: number[] = []
  text.split(/\r?\n/).forEach((line, k) => {
    const t = line.trim()
    if (!t) return
    const v = Number(t)
    if (!Number.isInteger(v) || v < 0) throw new CliError(`--${flag}: line ${k + 1} of ${path} is "${t}", not a 0-based row index`)
    out.push(v)
  })
  return out
}

const round = (v: number): number => (Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 : v)

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['smote', 'grid'])
  allowOnly(a, KNOWN)
  const data = str(a, 'data', true)
  const target = str(a, 'target', true)
  const positive = str(a, 'positive')
  const models = (str(a, 'models') ?? 'lr,knn,tree').split(',').map((s) => s.trim()).filter(Boolean)
  for (const m of models) if (!isModelName(m)) throw new CliError(`--models: unknown model "${m}" (use lr, knn, tree, svm, mlp, rf, gbt)`)
  if (new Set(models).size !== models.length) throw new CliError('--models: a model is listed twice')
  const vote = str(a, 'vote')
  if (vote !== undefined && vote !== 'soft' && vote !== 'hard') throw new CliError(`--vote must be soft or hard, got "${vote}"`)
  if (vote && models.length < 2) throw new CliError('--vote needs at least two models in --models')
  const cv = num(a, 'cv', 5)!
  if (!Number.isInteger(cv) || cv < 0) throw new CliError(`--cv must be a whole number of folds, got ${cv}`)
  const testSize = num(a, 'test-size', 0.2)!
  if (!(testSize > 0 && testSize < 1)) throw new CliError(`--test-size must be between 0 and 1, got ${testSize}`)
  const seed = num(a, 'seed', 42)!
  if (!Number.isInteger(seed)) throw new CliError(`--seed must be an integer, got ${seed}`)
  const testRowsFile = str(a, 'test-rows')
  const trainRowsFile = str(a, 'train-rows')
  if (trainRowsFile && !testRowsFile) throw new CliError('--train-rows needs --test-rows')
  const grid = bool(a, 'grid')
  if (grid && cv < 2) throw new CliError('--grid needs --cv 2 or more')
  const scoring = str(a, 'scoring') ?? 'roc_auc'
  const sep = str(a, 'sep')
  const drop = str(a, 'drop')?.split(',').map((s) => s.trim()).filter(Boolean)

  const backend = str(a, 'backend') ?? 'wasm'
  if (backend !== 'wasm' && backend !== 'cpu') throw new CliError(`--backend must be wasm or cpu, got "${backend}"`)
  if (bool(a, 'save')) throw new CliError('--save needs a file name')
  const save = str(a, 'save')
  const shapN = num(a, 'shap')
  if (shapN !== undefined && !(Number.isInteger(shapN) && shapN >= 1)) throw new CliError(`--shap must be a whole number of test rows ≥ 1, got ${shapN}`)

  const { table, schema } = await readTableFile(data, sep ? { sep } : {})
  if (models.includes('mlp') || models.includes('knn')) await ensureTfBackend(backend)
  const testRows = testRowsFile ? await readRows(testRowsFile, 'test-rows') : undefined
  const trainRows = trainRowsFile ? await readRows(trainRowsFile, 'train-rows') : undefined
  const specs: ModelSpec[] = models.map((name) => ({ name: name as ModelSpec['name'], grid: grid || undefined }))
  // the Predict page's engine over this one file: the CLI reports what the app computes
  const engine = predictEngine({
    tables: () => ({ table, schema }),
    results: new ResultCache({ maxEntries: 2 }),
    addDataset: () => Promise.reject(new Error('the CLI keeps no workspace')),
  })
  const bar = progress()
  const ctx = { cancel: { cancelled: false }, onProgress: bar.onProgress }
  const res = await engine.train({
    datasetId: 'data',
    runId: 'cli',
    config: {
      target, positive, drop, models: specs, vote: vote as 'soft' | 'hard' | undefined, smote: bool(a, 'smote'),
      cv, testSize, seed, testRows, trainRows, scoring: scoring as 'roc_auc', importance: false,
    },
  }, ctx)
  bar.done()
  for (const w of res.warnings) process.stderr.write(`warning: ${renderEnglish(w)}\n`)
  const failed = res.models.filter((m) => m.error)
  if (failed.length === res.models.length) throw new Error(`every model failed: ${failed.map((m) => `${m.id}: ${labelText(m.error)}`).join('; ')}`)
  const ok = res.models.filter((m) => !m.error)
  const saved: string[] = []
  if (save) {
    // one model file per trained model: out.clmodel, or out-<id>.clmodel when several
    for (const m of ok) {
      const path = modelFilePathFor(save, m.id, ok.length)
      await fileSystem(path).save((await engine.modelFile({ runId: res.runId, modelId: m.id })).artifacts)
      saved.push(path)
    }
  }
  const shaps = new Map<string, Record<string, unknown>>()
  if (shapN !== undefined) {
    for (const m of ok) {
      try {
        const s = await engine.shapSummary({ runId: res.runId, modelId: m.id, rows: shapN, backgroundSize: 50, pairs: 5 })
        const meanAbs: Record<string, number> = {}
        for (const [k, v] of Object.entries(s.meanAbs)) meanAbs[k] = round(v)
        shaps.set(m.id, {
          method: s.method, scale: s.scale, rows: s.rows, expectedValue: round(s.expectedValue), additivityMaxError: s.additivityMaxError, meanAbs,
          ...(s.maxSe !== null ? { maxSe: round(s.maxSe), background: s.backgroundSize, pairs: s.pairs } : {}),
        })
      } catch (e) {
        shaps.set(m.id, { error: (e as Error).message })
      }
    }
  }
  const out = {
    rows: res.rows,
    features: res.features.encoded.length,
    models: res.models.map((m) => m.error ? { name: m.id, smote: m.smote, error: labelText(m.error) } : {
      name: m.id,
      smote: m.smote,
      test: {
        f1: round(m.test.f1), accuracy: round(m.test.accuracy), precision: round(m.test.precision), recall: round(m.test.recall),
        specificity: round(m.test.specificity), rocAuc: round(m.test.rocAuc), prAuc: round(m.test.prAuc),
        logLoss: round(m.test.logLoss), brier: round(m.test.brier), confusion: m.test.confusion,
      },
      cv: m.cv ? { rocAuc: { mean: round(m.cv.roc_auc.mean), sd: round(m.cv.roc_auc.sd) }, f1: { mean: round(m.cv.f1.mean), sd: round(m.cv.f1.sd) }, prAuc: { mean: round(m.cv.pr_auc.mean), sd: round(m.cv.pr_auc.sd) } } : null,
      fitSeconds: round(m.fitSeconds),
      backend: m.backend,
      ...(shaps.has(m.id) ? { shap: shaps.get(m.id) } : {}),
      ...(m.grid ? { grid: { scoring: m.grid.scoring, best: m.grid.best, bestScore: round(m.grid.bestScore), points: m.grid.points.map((p) => ({ params: p.params, mean: round(p.mean), sd: round(p.sd) })) } } : {}),
    }),
    backend: res.backend,
    ...(res.warnings.length ? { warnings: res.warnings.map(renderEnglish) } : {}),
    ...(saved.length ? { saved } : {}),
  }
  process.stdout.write(JSON.stringify(out) + '\n')
}
