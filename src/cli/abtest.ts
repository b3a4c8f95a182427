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
import { isMessage } from '../ml/stats/abstats'
import { MessageError } from '../ml/stats/messages'
import { campaignEngine } from '../engine/campaign'
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

/** A gbstats result as printed: a message (a test that is undefined here) gains its English text. */
function withText<T extends object>(x: T): T | (T & { text: string }) {
  return isMessage(x) ? { ...x, text: renderMessage(x) } : x
}

/** The engine's refusals of --weights, in the option's terms. */
function weightsError(e: MessageError): CliError | null {
  const p = e.params as Record<string, string | number>
  switch (e.code) {
    case 'uplift.ab.weightNotArm': return new CliError(`--weights: "${p.arm}" is not an arm (arms: ${p.arms})`)
    case 'uplift.ab.weightMissing': return new CliError(`--weights: no weight for arm "${p.arm}"`)
    case 'uplift.ab.weightCount': return new CliError(`--weights: ${p.weights} weights for ${p.arms} arms (${p.names}, in this order)`)
    case 'uplift.ab.srmWeightPositive': return new CliError('--weights: every weight must be a positive number')
    case 'uplift.ab.cupedColumnMissing': return new CliError(`--covariate: column "${p.column}" is missing or not a number at row ${p.row}`)
    default: return null
  }
}

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['sequential'])
  allowOnly(a, KNOWN)
  const path = str(a, 'data', true)
  const read = await readTableFile(path, { sep: str(a, 'sep') })
  const base = str(a, 'base') ?? 'delivered'
  if (base !== 'delivered' && base !== 'sent') throw new CliError(`--base must be delivered or sent, got "${base}"`)
  const alpha = num(a, 'alpha', 0.05)!
  if (!(alpha > 0 && alpha < 1)) throw new CliError(`--alpha must be in (0, 1), got ${alpha}`)
  const cpc = num(a, 'cost-per-contact')
  const columns = {
    id: str(a, 'id'), arm: str(a, 'arm', true), converted: str(a, 'converted', true),
    delivered: str(a, 'delivered'), opened: str(a, 'opened'), clicked: str(a, 'clicked'), revenue: str(a, 'revenue'), group: str(a, 'group'),
    sentAt: str(a, 'sent-at'), openedAt: str(a, 'opened-at'), clickedAt: str(a, 'clicked-at'), purchasedAt: str(a, 'purchased-at'),
  }
  const weightsArg = str(a, 'weights')
  let weights: number[] | Record<string, number> | undefined
  if (weightsArg !== undefined) {
    const parts = weightsArg.split(',').map((w) => w.trim())
    weights = parts.some((p) => p.includes('='))
      ? Object.fromEntries(parts.map((p) => { const [k, v] = p.split('='); return [k.trim(), Number(v)] }))
      : parts.map(Number)
  }
  const sequential = a.flags.get('sequential') === true
  const tuning = num(a, 'tuning', 5000)!
  if (!(tuning > 0)) throw new CliError(`--tuning must be a positive number of customers, got ${tuning}`)
  const covariate = str(a, 'covariate')
  let covariateAt: number | undefined
  const covDate = covariate ? str(a, 'covariate-date') : undefined
  if (covDate && columns.sentAt) {
    covariateAt = Date.parse(covDate)
    if (Number.isNaN(covariateAt)) throw new CliError(`--covariate-date: "${covDate}" is not a date (use YYYY-MM-DD)`)
  }
  // the Campaign page's results analysis, over this one file
  const engine = campaignEngine({ tables: () => read })
  let res
  try {
    res = engine.abtestFile({
      datasetId: 'data', columns, control: str(a, 'control'), conversionBase: base, alpha, weights,
      ...(cpc !== undefined ? { costPerContact: cpc } : {}),
      ...(sequential ? { sequential: { tuning } } : {}),
      ...(covariate ? { cuped: { column: covariate, ...(covariateAt !== undefined ? { covariateAt } : {}) } } : {}),
    })
  } catch (e) {
    throw (e instanceof MessageError && weightsError(e)) || asReadable(e)
  }
  const r = res.analysis
  const vsCtrl = (arm: string): unknown => {
    const v = res.vsControl[arm]
    if (!v) return null
    const out: Record<string, unknown> = { absolute: withText(v.absolute), relative: withText(v.relative), bayesian: withText(v.bayesian) }
    if (v.sequential) out.sequential = withText(v.sequential)
    if (v.cuped) out.cuped = { ...v.cuped, absolute: withText(v.cuped.absolute), relative: withText(v.cuped.relative) }
    return out
  }
  const ctrl = r.arms.some((x) => x.isControl) && r.tests.arms.some((x) => x.arm === r.arms.find((y) => y.isControl)?.arm)
  process.stdout.write(JSON.stringify({
    file: path,
    srm: res.srm,
    summary: r.summary.map((m) => (typeof m === 'string' ? m : renderEnglish(m))).join('; '),
    arms: r.arms.map((x) => ({
      arm: x.arm, isControl: x.isControl, sent: x.sent, delivered: x.delivered, opened: x.opened, clicked: x.clicked, converted: x.converted,
      rates: x.rates, revenue: x.revenue, cost: x.cost, roi: x.roi, lift: x.lift,
      medianHours: x.times ? Object.fromEntries(Object.entries(x.times).map(([s, t]) => [s, t.median])) : null, notes: x.notes,
      ...(x.isControl || !ctrl ? {} : { vsControl: vsCtrl(x.arm) }),
    })),
    tests: r.tests,
    byGroup: r.byGroup,
    dataQuality: r.dataQuality,
    warnings: [...res.warnings.map(renderMessage), ...read.warnings, ...r.warnings],
  }, englishJson) + '\n')
}
