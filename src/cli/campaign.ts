import { englishJson } from '../i18n/english'
import { writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { allowOnly, bool, CliError, num, parseArgs, str } from './args'
import { readTableFile } from '../data/node'
import type { AudienceSpec } from '../ml/campaign/audience'
import { creativeNames } from '../ml/campaign/design'
import { campaignEngine } from '../engine/campaign'
import { defaultGroupFeatures } from '../ml/campaign/groups'

/** What `campaign-lab campaign --help` prints above the option list. */
export const help = `campaign: scores → top N → k groups → seeded A/B sample split across creatives (+ control).
  campaign-lab campaign --scores FILE --id COL --score COL --top N --groups K
    --sample S --creatives C [--control S0] [--seed 42] [--out FILE] [--features a,b]
    [--exclude-flag COL] [--remainder spread|drop] [--split] [--sep ;]
Writes the assignment CSV (to --out, else <scores>.assignment.csv beside the scores file) and
prints the audience funnel, group profiles and the per-creative group mix as JSON.`

const KNOWN = ['scores', 'id', 'score', 'top', 'groups', 'sample', 'creatives', 'control', 'seed', 'out', 'features', 'exclude-flag', 'remainder', 'split', 'sep']

function int(a: ReturnType<typeof parseArgs>, name: string, dflt?: number): number | undefined {
  const v = num(a, name, dflt)
  if (v !== undefined && !Number.isInteger(v)) throw new CliError(`--${name} must be a whole number, got ${v}`)
  return v
}

export async function run(argv: string[]): Promise<void> {
  const a = parseArgs(argv, ['split'])
  allowOnly(a, KNOWN)
  const scoresPath = str(a, 'scores', true)
  const idColumn = str(a, 'id', true)
  const scoreColumn = str(a, 'score', true)
  const top = int(a, 'top')
  const k = int(a, 'groups', 5)!
  const sample = int(a, 'sample', 1000)!
  const creatives = int(a, 'creatives', 5)!
  const control = int(a, 'control', 0)!
  const seed = int(a, 'seed', 42)!
  const remainder = str(a, 'remainder') ?? 'spread'
  if (remainder !== 'spread' && remainder !== 'drop') throw new CliError(`--remainder must be spread or drop, got "${remainder}"`)
  const { table, schema, warnings: readWarnings } = await readTableFile(scoresPath, { sep: str(a, 'sep') })
  const spec: AudienceSpec = { idColumn, scoreColumn, ...(top !== undefined ? { top } : {}) }
  const flag = str(a, 'exclude-flag')
  if (flag) spec.exclusions = flag.split(',').map((c) => ({ kind: 'flag' as const, column: c.trim() }))
  // the Campaign page's engine over this one file: the CLI reports what the app computes
  const engine = campaignEngine({ tables: () => ({ table, schema }) })
  const audience = engine.audience({ datasetId: scoresPath, spec, sourceName: basename(scoresPath) })
  if (audience.size === 0) throw new CliError('no customer is left in the audience')
  process.stderr.write(`audience: ${audience.size} customers\n`)

  let features = str(a, 'features')?.split(',').map((s) => s.trim()).filter(Boolean)
  if (!features) {
    // the app's rule: not the id, the score, the outcome, other model outputs, 0/1 flags or filter columns
    const columns = table.columns.map((c) => ({ name: c.name, storage: c.storage, type: schema.find((x) => x.name === c.name)?.type, role: schema.find((x) => x.name === c.name)?.role }))
    features = defaultGroupFeatures(columns, { idColumn, scoreColumn, excluded: flag ? flag.split(',').map((s) => s.trim()) : [] }).ticked
  }
  let groups = null
  if (k > 1) {
    if (!features.length) throw new CliError('no numeric feature to group by: pass --features or --groups 1')
    process.stderr.write(`grouping by ${features.join(', ')} (k-means, elbow k = 2..8)\n`)
    groups = engine.groups({ datasetId: scoresPath, features, k, seed }, { cancel: { cancelled: false }, onProgress: () => {} })
  }
  const design = engine.design({ sampleSize: sample, creatives: creativeNames(creatives), controlSize: control, seed, remainder })
  const groupNames = Array.from({ length: design.groups }, (_, g) => `G${g + 1}`)
  const out = resolve(str(a, 'out') ?? join(dirname(scoresPath), `${basename(scoresPath, extname(scoresPath)).replace(/\.csv$/i, '')}.assignment.csv`))
  const exported = engine.exports({ prefix: basename(out, extname(out)), groupNames })
  await writeFile(out, exported.assignment.csv)
  const files = [out]
  if (bool(a, 'split')) {
    for (const f of exported.files) {
      const p = join(dirname(out), f.fileName)
      await writeFile(p, f.csv)
      files.push(p)
    }
  }
  const groupMix: Record<string, Record<string, number>> = {}
  for (const s of design.summary) groupMix[s.name] = Object.fromEntries(s.groupCounts.map((c, g) => [groupNames[g], c]))
  process.stdout.write(JSON.stringify({
    audience: { size: audience.size, funnel: audience.funnel, cutoffScore: audience.cutoffScore, warnings: [...readWarnings, ...audience.warnings] },
    groups: groups && {
      k: groups.k, features: groups.features, sizes: groups.sizes, elbow: groups.elbow, suggested: groups.suggested,
      profiles: groups.profiles.map((p) => ({ group: groupNames[p.group], size: p.size, share: p.share, description: p.description, means: Object.fromEntries(groups.features.map((f, j) => [f, p.means[j]])) })),
      warnings: groups.warnings,
    },
    design: { seed: design.seed, sampleSize: design.sampleSize, controlSize: design.controlSize, remainder: design.remainder, arms: design.arms, sizes: Object.fromEntries(design.summary.map((s) => [s.name, s.size])), messages: design.messages },
    groupMix,
    out,
    files,
  }, englishJson) + '\n')
}
