/**
 * npm run --silent cli -- retrain --model FILE --data FILE [--sep ;] [--test-size 0.2] [--seed 42] [--out NEWMODEL] [--original TRAININGDATA]
 * Retrains a saved classifier with its own settings on new data (same columns), compares the saved
 * model (champion) with the retrained one (challenger) on the same held-out rows of the new data,
 * and measures each input's drift (PSI) against the training distribution stored in the file.
 * Prints {rows, champion: {test}, challenger: {test}, comparison, drift: [{column, psi, level}],
 * baseRate: {training, new}, recommendation: {code, params, text}, messages}; drift sorted by PSI.
 * --out saves the challenger (with its lineage: the parent's fingerprint, name, date and rows).
 * --original: for a model file saved before training distributions were stored, the data it was
 * trained on; the drift is measured against the profile computed from it.
 */
import { allowOnly, CliError, num, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import { fileSystem } from '../ml/modelfile/node'
import { RetrainError, type Evaluation, type Message } from '../ml/retrain/retrain'
import { memoryModelStore, modelsEngine } from '../engine/models'
import { ResultCache } from '../engine/cache'
import { en } from '../i18n/pages/retrain'

const KNOWN = ['model', 'data', 'sep', 'test-size', 'seed', 'out', 'original'] as const

/** The English text of a retrain message code (the app renders the same codes through vue-i18n). */
export function englishText(m: Message): string {
  const path = m.code.replace(/^retrain\./, '').split('.')
  let node: unknown = en
  for (const p of path) node = (node as Record<string, unknown> | undefined)?.[p]
  if (typeof node !== 'string') return m.code
  return node.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = m.params?.[k]
    if (typeof v === 'number' && Number.isInteger(v) && !/pvalue|rate|auc|ece|delta/i.test(k)) return String(v)
    if (typeof v === 'number') return k.toLowerCase().includes('pvalue') ? (v < 0.001 ? '< 0.001' : `= ${v.toFixed(3)}`) : k.toLowerCase().includes('rate') ? `${(100 * v).toFixed(1)} %` : v.toFixed(3)
    return v === undefined ? `{${k}}` : String(v)
  })
}

const metrics = (e: Evaluation): Record<string, number | boolean> => ({
  rocAuc: e.rocAuc, prAuc: e.prAuc, brier: e.brier, logLoss: e.logLoss, accuracy: e.accuracy, precision: e.precision, recall: e.recall, f1: e.f1,
  meanPredicted: e.meanPredicted, observedRate: e.observedRate, ece: e.ece, miscalibrated: e.miscalibrated,
})

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, KNOWN)
  const modelPath = str(a, 'model', true)
  const dataPath = str(a, 'data', true)
  const testSize = num(a, 'test-size')
  if (testSize !== undefined && !(testSize > 0 && testSize < 1)) throw new CliError(`--test-size must be between 0 and 1, got ${testSize}`)
  const seed = num(a, 'seed')
  if (seed !== undefined && !Number.isInteger(seed)) throw new CliError(`--seed must be a whole number, got ${seed}`)
  const out = str(a, 'out')
  const model = await fileSystem(modelPath).load()
  const sep = str(a, 'sep')
  const data = await readTableFile(dataPath, sep ? { sep } : {})
  const originalPath = str(a, 'original')
  const original = originalPath ? await readTableFile(originalPath, sep ? { sep } : {}) : undefined
  // the Models page's engine (its Retrain section) over these files
  const tables = (id: string) => (id === 'original' && original ? original : data)
  const engine = modelsEngine({ tables, results: new ResultCache({ maxEntries: 1 }), registry: memoryModelStore() })
  let r
  try {
    r = await engine.handlers.retrain(
      { id: engine.hold(model), datasetId: 'data', testSize, seed, ...(original ? { originalDatasetId: 'original' } : {}) },
      { cancel: { cancelled: false }, onProgress: (f, msg) => process.stderr.write(`${Math.round(f * 100)} % ${msg ?? ''}\n`) },
    )
  } catch (e) {
    if (e instanceof RetrainError) throw new CliError(englishText({ code: e.code, params: e.params }))
    throw e
  }
  let saved: string | undefined
  if (out && r.challenger) {
    await fileSystem(out).save((await engine.handlers.retrainedFile({ key: r.key })).artifacts)
    saved = out
  }
  process.stdout.write(JSON.stringify({
    rows: r.rows,
    split: r.split ? { train: r.split.train, test: r.split.test } : null,
    champion: r.champion ? { test: metrics(r.champion.test) } : null,
    challenger: r.challenger ? { test: metrics(r.challenger.test), model: r.challenger.model, params: r.challenger.params } : null,
    comparison: r.comparison,
    drift: r.drift ? r.drift.map((d) => ({ column: d.column, kind: d.kind, psi: d.psi, level: d.level })) : null,
    baseRate: r.baseRate,
    recommendation: { ...r.recommendation, text: englishText(r.recommendation) },
    messages: r.messages.map((m) => ({ ...m, text: englishText(m) })),
    ...(saved ? { saved } : {}),
  }) + '\n')
}
