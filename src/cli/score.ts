import { writeFile } from 'node:fs/promises'
import { allowOnly, CliError, num, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import { fileSystem } from '../ml/modelfile/node'
import { renderEnglish } from '../i18n/render'
import { memoryModelStore, modelsEngine } from '../engine/models'
import { ResultCache } from '../engine/cache'

/** What `campaign-lab score --help` prints above the option list. */
export const help = `usage: campaign-lab score --model FILE --data FILE --out FILE [--sep ';'] [--reasons 3]
Scores a data file with a saved model: writes a CSV (one row per input row, in input order:
the id column, probability, band, decision and per reason k reason_k ("input = value") and
reason_k_contribution (signed, in probability) for a classifier, the columns of the app's scored
export; prediction and reasons for a regression; cluster for k-means; R/F/M and segment for RFM; best creative, its uplift and each creative's uplift for an uplift
model),
formula-injection safe, and prints one JSON object: the model (name, kind, file SHA-256), the
schema report, band counts and how the reasons were computed ("reasons": {method, base,
background}). Tree models and logistic regression: exact SHAP, so base + a customer's
contributions over every input add up to their probability (a single tree uses its stored node
covers; forests, boosting and logistic regression a seeded sample of 1,000 scored rows as the
background); KNN, SVM, MLP and votes, and tree models whose exact SHAP over the file would take
minutes (e.g. an unpruned tree of thousands of leaves: "exactTooCostly": true): the drop when one
input is set to its training baseline.
An invalid or tampered model, or data that does not fit it: one line on stderr, exit 1.`

const KNOWN = ['model', 'data', 'out', 'sep', 'reasons'] as const

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, KNOWN)
  const modelPath = str(a, 'model', true)
  const dataPath = str(a, 'data', true)
  const out = str(a, 'out', true)
  const reasons = num(a, 'reasons', 3)!
  if (!Number.isInteger(reasons) || reasons < 0 || reasons > 20) throw new CliError(`--reasons must be a whole number 0..20, got ${reasons}`)
  const model = await fileSystem(modelPath).load()
  process.stderr.write(`model ${model.manifest.name} (${model.manifest.kind}), sha256 ${model.fileSha256}\n`)
  const sep = str(a, 'sep')
  const { table, schema, warnings } = await readTableFile(dataPath, sep ? { sep } : {})
  // the Models page's engine over this one file and model: the CLI writes what the app exports
  const engine = modelsEngine({ tables: () => ({ table, schema }), results: new ResultCache({ maxEntries: 1 }), registry: memoryModelStore() })
  const id = engine.hold(model)
  const t0 = performance.now()
  const s = await engine.handlers.score({ id, datasetId: 'data', reasons }, { cancel: { cancelled: false }, onProgress: () => {} })
  await writeFile(out, await engine.handlers.scoresCsv({ key: s.key }))
  const seconds = (performance.now() - t0) / 1000
  const r = s.report
  const summary: Record<string, unknown> = {
    model: { name: model.manifest.name, kind: model.manifest.kind, sha256: model.fileSha256, createdAt: model.manifest.createdAt, migratedFrom: model.migratedFrom },
    rows: s.rows,
    out,
    idColumn: s.idColumn,
    report: { missing: r.missing, typeMismatches: r.typeMismatches, unseen: r.unseen, missingValues: r.missingValues, extra: r.extra, messages: r.messages },
    warnings: [...model.warnings.map(renderEnglish), ...warnings],
    seconds,
  }
  if (s.bands) {
    summary.bands = s.bands.map((b) => ({ label: b.label, customers: b.customers, expectedConversions: b.expected }))
    summary.positives = s.positives
    if (s.reasons) summary.reasons = s.reasons
  } else if (s.clusters) {
    summary.clusters = s.clusters.map((c, i) => ({ cluster: i + 1, name: c.name, size: c.customers }))
  } else if (s.segments) {
    summary.segments = s.segments.map((g) => ({ segment: g.name, customers: g.customers }))
  } else if (s.creatives) {
    // per creative: the customers for whom it is the best, and their expected incremental conversions (or spend)
    summary.creatives = s.creatives.map((c) => ({ creative: c.creative, customers: c.customers, expectedIncremental: c.expected }))
    summary.noCreative = s.noCreative
  }
  process.stdout.write(JSON.stringify(summary) + '\n')
}
