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
import { parseLearnerName } from '../ml/uplift/learners'
import { MessageError, type Message } from '../ml/stats/messages'
import { campaignEngine } from '../engine/campaign'
import { modelFilePathFor } from '../ml/modelfile/adapters'
import { fileSystem } from '../ml/modelfile/node'

const KNOWN_TRAIN = ['data', 'treatment', 'control', 'treated', 'outcome', 'positive', 'drop', 'learners', 'test-rows', 'test-size', 'seed', 'k', 'sep', 'save']
const KNOWN_SCORES = ['scores', 'uplift', 'treatment', 'control', 'outcome', 'positive', 'k', 'sep']

const warningOut = (m: Message): { code: string; params: Message['params']; text: string } => ({ code: m.code, params: m.params, text: renderMessage(m) })

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

/** The engine's refusals that name an option here, in the option's terms (a usage error). */
function usageError(e: unknown, path: string): unknown {
  if (!(e instanceof MessageError)) return e
  const p = e.params as Record<string, string | number>
  switch (e.code) {
    case 'uplift.eval.positiveAbsent': return new CliError(`--positive "${p.positive}" does not occur in column "${p.column}"`)
    case 'uplift.eval.outcomeNotNumber': return new CliError(`column "${p.column}" (outcome) is missing or not a number at row ${p.row}; give --positive VALUE for a text outcome`)
    case 'uplift.eval.treatedNotArm': return new CliError(`--treated "${p.arm}" is not an arm of column "${p.column}" (arms: ${p.arms})`)
    case 'uplift.eval.noFeatures': return new CliError('no feature columns are left after --drop')
    case 'uplift.eval.testRowBeyond': return new CliError(`--test-rows: row ${p.row} is beyond the ${p.rows} data rows of ${path}`)
    case 'uplift.eval.testLacksArm': return new CliError(`the test rows hold no ${p.control ? 'control' : `"${p.arm}"`} customers: use a larger --test-size or another --test-rows file`)
    case 'uplift.eval.noControlRow': return new CliError(`no row has treatment "${p.control}" (the control value) in ${path}`)
    default: return e
  }
}

async function runScores(a: ReturnType<typeof parseArgs>): Promise<void> {
  allowOnly(a, KNOWN_SCORES)
  const path = str(a, 'scores', true)
  const read = await readTableFile(path, { sep: str(a, 'sep') })
  const args = { datasetId: 'scores', uplift: str(a, 'uplift', true), treatment: str(a, 'treatment', true), control: str(a, 'control', true), outcome: str(a, 'outcome', true), positive: str(a, 'positive'), k: kOf(a) }
  // the Campaign engine's uplift metrics, over this one file
  const engine = campaignEngine({ tables: () => read })
  let r
  try {
    r = engine.upliftScores(args)
  } catch (e) {
    throw usageError(e, path)
  }
  process.stdout.write(JSON.stringify(r) + '\n')
}

async function runTrain(a: ReturnType<typeof parseArgs>): Promise<void> {
  allowOnly(a, KNOWN_TRAIN)
  const path = str(a, 'data', true)
  const read = await readTableFile(path, { sep: str(a, 'sep') })
  const treatment = str(a, 'treatment', true)
  const outcome = str(a, 'outcome', true)
  const control = str(a, 'control', true)
  const treated = str(a, 'treated')
  const learners = (str(a, 'learners') ?? 't-lr').split(',').map((s) => s.trim()).filter(Boolean)
  for (const n of learners) parseLearnerName(n)
  const testSize = num(a, 'test-size', 0.3)!
  if (!(testSize > 0 && testSize < 1)) throw new CliError(`--test-size must be between 0 and 1, got ${testSize}`)
  const seed = num(a, 'seed', 42)!
  if (!Number.isInteger(seed)) throw new CliError(`--seed must be an integer, got ${seed}`)
  const k = kOf(a)
  if (bool(a, 'save')) throw new CliError('--save needs a file name')
  const save = str(a, 'save')
  const drop = str(a, 'drop')?.split(',').map((s) => s.trim()).filter(Boolean) ?? []
  const testFile = str(a, 'test-rows')
  const testRows = testFile ? await readRows(testFile) : undefined
  // the Campaign engine's uplift evaluation, over this one file
  const engine = campaignEngine({ tables: () => read })
  let r
  try {
    r = await engine.upliftEvaluate(
      { datasetId: 'data', treatment, control, treated, outcome, positive: str(a, 'positive'), drop, learners, testRows, testSize, seed, k, save: !!save },
      { cancel: { cancelled: false }, onProgress: (f, m) => process.stderr.write(`\r${Math.floor(f * 100)}% ${m ?? ''}`.padEnd(60).slice(0, 79)) },
    )
  } catch (e) {
    throw usageError(e, path)
  }
  process.stderr.write('\n')
  const { warnings, files, ...rest } = r
  const saved: string[] = []
  for (const f of files) {
    const file = modelFilePathFor(save!, f.learner, files.length)
    await fileSystem(file).save(f.artifacts)
    saved.push(file)
  }
  const out = { ...rest, ...(saved.length ? { saved } : {}), ...(warnings.length ? { warnings: warnings.map(warningOut) } : {}) }
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
