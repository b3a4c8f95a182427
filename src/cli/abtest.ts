/**
 * abtest: rates, Wilson intervals, chi-square across creatives and Holm-corrected pairwise tests.
 *   npm run --silent cli -- abtest --data FILE --arm COL --converted COL [--control NAME]
 *     [--id COL] [--delivered COL] [--opened COL] [--clicked COL] [--revenue COL] [--group COL]
 *     [--sent-at COL] [--opened-at COL] [--clicked-at COL] [--purchased-at COL]
 *     [--cost-per-contact X] [--base delivered|sent] [--alpha 0.05] [--weights 1,1,2 | A=0.4,B=0.4,control=0.2]
 *     [--sequential [--tuning 5000]] [--covariate COL [--covariate-date YYYY-MM-DD]] [--sep ;]
 * Prints one JSON object (the same analysis the app's A/B report shows). With a control arm, each
 * other arm gains `vsControl` (gbstats 0.8.0: absolute and relative lift with Welch t p-value and
 * CI, Bayesian chance to win, credible interval and risk on the relative lift), and the top-level
 * `srm` checks the arm sizes against the planned split (equal unless --weights, given in the order
 * of the printed arms or as arm=weight pairs); a mismatch (p < 0.001) is the first warning.
 * --sequential adds the always-valid relative-lift CI and p-value (Waudby-Smith et al. asymptotic
 * confidence sequence, GrowthBook's tuning N*); --covariate adds CUPED on conversion with that
 * pre-period column (θ, variance reduction, adjusted lifts), refused when --covariate-date is not
 * before the first --sent-at time.
 */
import { englishJson } from '../i18n/english'
import { renderEnglish } from '../i18n/render'
import { allowOnly, CliError, num, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import { hasColumn, stringColumn } from '../data/table'
import { analyzeResults, type ResultColumns } from '../ml/campaign/results'
import { cuped, frequentistTest, proportionStat, sequentialTest, srmCheck, vsControl, type FrequentistResult, type SequentialResult } from '../ml/stats/abstats'
import { isMessage } from '../ml/stats/abstats'
import { cellString, getColumn, numericValues } from '../data/table'
import { message } from '../ml/stats/messages'
import { asReadable, renderMessage } from './messages'

/** What `campaign-lab abtest --help` prints above the option list. */
export const help = `abtest: rates, Wilson intervals, chi-square across creatives and Holm-corrected pairwise tests;
with a control arm, gbstats lifts (frequentist and Bayesian), the sample-ratio check, and optionally
sequential intervals and CUPED.
  campaign-lab abtest --data FILE --arm COL --converted COL [--control NAME]
    [--id COL] [--delivered COL] [--opened COL] [--clicked COL] [--revenue COL] [--group COL]
    [--sent-at COL] [--opened-at COL] [--clicked-at COL] [--purchased-at COL]
    [--cost-per-contact X] [--base delivered|sent] [--alpha 0.05] [--weights 1,1,2 | A=0.4,B=0.4,control=0.2]
    [--sequential [--tuning 5000]] [--covariate COL [--covariate-date YYYY-MM-DD]] [--sep ;]
Prints one JSON object (the same analysis the app's A/B report shows).`

const KNOWN = ['data', 'arm', 'converted', 'control', 'id', 'delivered', 'opened', 'clicked', 'revenue', 'group', 'sent-at', 'opened-at', 'clicked-at', 'purchased-at', 'cost-per-contact', 'base', 'alpha', 'weights', 'sequential', 'tuning', 'covariate', 'covariate-date', 'sep']

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['sequential'])
  allowOnly(a, KNOWN)
  const path = str(a, 'data', true)
  const { table, warnings: readWarnings } = await readTableFile(path, { sep: str(a, 'sep') })
  let id = str(a, 'id')
  if (!id) {
    // Without an id column every row is its own customer (duplicates cannot be detected).
    id = '__row'
    while (hasColumn(table, id)) id += '_'
    table.columns.push(stringColumn(id, Array.from({ length: table.nRows }, (_, i) => String(i + 1))))
  }
  const base = str(a, 'base') ?? 'delivered'
  if (base !== 'delivered' && base !== 'sent') throw new CliError(`--base must be delivered or sent, got "${base}"`)
  const alpha = num(a, 'alpha', 0.05)!
  if (!(alpha > 0 && alpha < 1)) throw new CliError(`--alpha must be in (0, 1), got ${alpha}`)
  const cpc = num(a, 'cost-per-contact')
  const columns: ResultColumns = {
    id, arm: str(a, 'arm', true), converted: str(a, 'converted', true),
    delivered: str(a, 'delivered'), opened: str(a, 'opened'), clicked: str(a, 'clicked'), revenue: str(a, 'revenue'), group: str(a, 'group'),
    sentAt: str(a, 'sent-at'), openedAt: str(a, 'opened-at'), clickedAt: str(a, 'clicked-at'), purchasedAt: str(a, 'purchased-at'),
  }
  const weightsArg = str(a, 'weights')
  const r = analyzeResults(table, { columns, control: str(a, 'control'), conversionBase: base, alpha, ...(cpc !== undefined ? { costs: { perContact: cpc } } : {}) })
  const names = r.arms.map((x) => x.arm)
  let weights: number[] | undefined
  if (weightsArg !== undefined) {
    const parts = weightsArg.split(',').map((w) => w.trim())
    if (parts.some((p) => p.includes('='))) {
      const byName = new Map(parts.map((p) => { const [k, v] = p.split('='); return [k.trim(), Number(v)] as const }))
      for (const k of byName.keys()) if (!names.includes(k)) throw new CliError(`--weights: "${k}" is not an arm (arms: ${names.join(', ')})`)
      weights = names.map((n) => { const w = byName.get(n); if (w === undefined) throw new CliError(`--weights: no weight for arm "${n}"`); return w })
    } else {
      weights = parts.map(Number)
      if (weights.length !== names.length) throw new CliError(`--weights: ${weights.length} weights for ${names.length} arms (${names.join(', ')}, in this order)`)
    }
    if (weights.some((w) => !(w > 0))) throw new CliError('--weights: every weight must be a positive number')
  }
  const sequential = a.flags.get('sequential') === true
  const tuning = num(a, 'tuning', 5000)!
  if (!(tuning > 0)) throw new CliError(`--tuning must be a positive number of customers, got ${tuning}`)
  // CUPED needs per-customer rows: arm, conversion (0/1) and the pre-period covariate
  const covariate = str(a, 'covariate')
  let cupedRows: { arm: string[]; y: Float64Array; x: Float64Array } | null = null
  if (covariate) {
    if (!columns.arm) throw new CliError('--covariate needs --arm (CUPED compares each arm with the control row by row)')
    const covDate = str(a, 'covariate-date')
    const sentCol = columns.sentAt
    if (covDate && sentCol) {
      const at = Date.parse(covDate)
      if (Number.isNaN(at)) throw new CliError(`--covariate-date: "${covDate}" is not a date (use YYYY-MM-DD)`)
      const sc = getColumn(table, sentCol)
      let first = Infinity
      for (let i = 0; i < table.nRows; i++) {
        const v = sc.storage === 'number' ? sc.values[i] : Date.parse(cellString(sc, i).trim().replace(' ', 'T') + 'Z')
        if (v < first) first = v
      }
      try {
        if (Number.isFinite(first)) cuped([0, 0], [0, 1], [0, 0], [0, 1], { covariateAt: at, sentAt: first })
      } catch (e) {
        throw asReadable(e)
      }
    }
    const yes = new Set(['1', 'true', 'yes', 'y', 'si', 'sí', 't', 'x'])
    const cc = getColumn(table, columns.converted)
    const ac = getColumn(table, columns.arm)
    cupedRows = {
      arm: Array.from({ length: table.nRows }, (_, i) => cellString(ac, i).trim()),
      y: Float64Array.from({ length: table.nRows }, (_, i) => (yes.has(cellString(cc, i).trim().toLowerCase()) ? 1 : 0)),
      x: numericValues(getColumn(table, covariate)),
    }
    const bad = cupedRows.x.findIndex((v) => !Number.isFinite(v))
    if (bad >= 0) throw new CliError(`--covariate: column "${covariate}" is missing or not a number at row ${bad + 1}`)
  }
  const controlName = r.arms.find((y) => y.isControl)?.arm
  const cupedFor = (arm: string): unknown => {
    const rows = cupedRows!
    const pick = (name: string, v: Float64Array): number[] => rows.arm.flatMap((g, i) => (g === name ? [v[i]] : []))
    try {
      const c = cuped(pick(controlName!, rows.y), pick(controlName!, rows.x), pick(arm, rows.y), pick(arm, rows.x))
      const f = (type: 'absolute' | 'relative'): unknown => {
        const q = frequentistTest(c.control, c.variant, { type, alpha })
        return isMessage(q) ? { ...q, text: renderMessage(q) } : { estimate: q.estimate, pValue: q.pValue, ci: (q as FrequentistResult).ci }
      }
      return { theta: c.theta, correlation: c.correlation, varianceReduction: c.varianceReduction, absolute: f('absolute'), relative: f('relative') }
    } catch (e) {
      throw asReadable(e)
    }
  }
  let srm: ReturnType<typeof srmCheck>
  try {
    srm = srmCheck(r.arms.map((x) => x.sent), weights)
  } catch (e) {
    throw asReadable(e)
  }
  const srmWarning = srm.mismatch ? [renderMessage(message('uplift.ab.srmMismatch', { chi2: srm.chi2.toFixed(2), pValue: srm.pValue.toExponential(2), threshold: srm.threshold }))] : []
  const ctrlTest = r.tests.arms.find((x) => x.arm === r.arms.find((y) => y.isControl)?.arm)
  const vsCtrl = (arm: string): unknown => {
    const t = r.tests.arms.find((x) => x.arm === arm)
    if (!ctrlTest || !t || !ctrlTest.base || !t.base) return null
    const v = vsControl(proportionStat(ctrlTest.converted, ctrlTest.base), proportionStat(t.converted, t.base), { alpha })
    const txt = (x: object): object => ('code' in x ? { ...x, text: renderMessage(x as Parameters<typeof renderMessage>[0]) } : x)
    const out: Record<string, unknown> = { absolute: txt(v.absolute), relative: txt(v.relative), bayesian: txt(v.bayesian) }
    if (sequential) {
      const q = sequentialTest(proportionStat(ctrlTest.converted, ctrlTest.base), proportionStat(t.converted, t.base), { type: 'relative', alpha, tuning })
      out.sequential = isMessage(q) ? txt(q) : { estimate: q.estimate, pValue: q.pValue, ci: (q as SequentialResult).ci, tuning }
    }
    if (cupedRows) out.cuped = cupedFor(arm)
    return out
  }
  process.stdout.write(JSON.stringify({
    file: path,
    srm: { chi2: srm.chi2, df: srm.df, pValue: srm.pValue, weights: weights ?? names.map(() => 1), mismatch: srm.mismatch },
    summary: r.summary.map((m) => (typeof m === 'string' ? m : renderEnglish(m))).join('; '),
    arms: r.arms.map((x) => ({
      arm: x.arm, isControl: x.isControl, sent: x.sent, delivered: x.delivered, opened: x.opened, clicked: x.clicked, converted: x.converted,
      rates: x.rates, revenue: x.revenue, cost: x.cost, roi: x.roi, lift: x.lift,
      medianHours: x.times ? Object.fromEntries(Object.entries(x.times).map(([s, t]) => [s, t.median])) : null, notes: x.notes,
      ...(x.isControl || !ctrlTest ? {} : { vsControl: vsCtrl(x.arm) }),
    })),
    tests: r.tests,
    byGroup: r.byGroup,
    dataQuality: r.dataQuality,
    warnings: [...srmWarning, ...readWarnings, ...r.warnings],
  }, englishJson) + '\n')
}
