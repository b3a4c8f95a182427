import { writeFile } from 'node:fs/promises'
import { allowOnly, CliError, num, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import { fileSystem } from '../ml/modelfile/node'
import { scoresToCsv, scoreTable } from '../ml/modelfile/apply'
import { renderEnglish } from '../i18n/render'

/** What `campaign-lab score --help` prints above the option list. */
export const help = `usage: campaign-lab score --model FILE --data FILE --out FILE [--sep ';'] [--reasons 3]
Scores a data file with a saved model: writes a CSV (one row per input row, in input order:
the id column, probability, band, decision and reasons for a classifier; prediction for a
regression; cluster for k-means; R/F/M and segment for RFM; best creative and uplift for an
uplift model), formula-injection safe, and prints
one JSON object: the model (name, kind, file SHA-256), the schema report and band counts.
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
  const { table, warnings } = await readTableFile(dataPath, sep ? { sep } : {})
  const t0 = performance.now()
  const s = scoreTable(model, table, { reasons })
  await writeFile(out, scoresToCsv(s))
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
  if (s.kind === 'classifier') {
    const counts = s.bandLabels!.map((label, b) => ({ label, customers: 0, expected: 0, _b: b }))
    s.band!.forEach((b, i) => {
      if (b >= 0) {
        counts[b].customers++
        counts[b].expected += s.probability![i]
      }
    })
    summary.bands = counts.map(({ label, customers, expected }) => ({ label, customers, expectedConversions: expected }))
    summary.positives = s.decision!.reduce((x, v) => x + v, 0)
  } else if (s.kind === 'kmeans') {
    summary.clusters = s.clusterNames!.map((name, c) => ({ cluster: c + 1, name, size: s.cluster!.filter((v) => v === c).length }))
  } else if (s.kind === 'uplift') {
    // per creative: the customers for whom it is the best, and their expected incremental conversions (or spend)
    summary.creatives = s.arms!.map((arm) => {
      let customers = 0, expected = 0
      s.bestArm!.forEach((b, i) => { if (b === arm) { customers++; expected += s.uplift![i] } })
      return { creative: arm, customers, expectedIncremental: expected }
    })
    summary.noCreative = s.bestArm!.filter((b) => b === null).length
  } else if (s.kind === 'rfm') {
    const seg = new Map<string, number>()
    for (const v of s.segment!) if (v) seg.set(v, (seg.get(v) ?? 0) + 1)
    summary.segments = [...seg.entries()].map(([segment, customers]) => ({ segment, customers }))
  }
  process.stdout.write(JSON.stringify(summary) + '\n')
}
