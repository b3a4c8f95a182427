import { renderEnglish } from '../i18n/render'
import { parseArgs, str, num, allowOnly, CliError } from './args'
import { readTableFile } from '../data/node'
import { predictEngine } from '../engine/predict'
import { ResultCache } from '../engine/cache'

/** What `campaign-lab regress --help` prints above the option list. */
export const help = `usage: campaign-lab regress --data FILE --target COL [--features a,b] [--ridge alpha] [--sep ';']
Linear regression (OLS, or ridge with --ridge) on one-hot (first level dropped) + raw numeric
features: coefficients, standard errors and p-values (OLS), R², RMSE, MAE on the training rows.`

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv)
  allowOnly(a, ['data', 'target', 'features', 'ridge', 'sep'])
  const data = str(a, 'data', true)
  const target = str(a, 'target', true)
  const alpha = num(a, 'ridge', 0)!
  if (!(alpha >= 0)) throw new CliError(`--ridge must be ≥ 0, got ${alpha}`)
  const features = str(a, 'features')?.split(',').map((s) => s.trim()).filter(Boolean)
  const sep = str(a, 'sep')
  const { table, schema } = await readTableFile(data, sep ? { sep } : {})
  // the Predict page's regression tab, over this one file
  const engine = predictEngine({ tables: () => ({ table, schema }), results: new ResultCache({ maxEntries: 1 }), addDataset: () => Promise.reject(new Error('the CLI keeps no workspace')) })
  const r = engine.regress({ datasetId: 'data', target, features, alpha })
  const round = (v: number | null): number | null => (v === null || !Number.isFinite(v) ? v : Number(v.toPrecision(10)))
  process.stdout.write(JSON.stringify({
    rows: r.rows, droppedMissingTarget: r.droppedMissingTarget, model: r.model, alpha: r.alpha,
    intercept: { coef: round(r.intercept.coef), stdErr: round(r.intercept.stdErr), pValue: round(r.intercept.pValue) },
    coefficients: r.coefficients.map((c) => ({ name: c.name, coef: round(c.coef), stdErr: round(c.stdErr), tValue: round(c.tValue), pValue: round(c.pValue) })),
    r2: round(r.metrics.r2), rmse: round(r.metrics.rmse), mae: round(r.metrics.mae), notes: r.notes.map(renderEnglish),
  }) + '\n')
}
