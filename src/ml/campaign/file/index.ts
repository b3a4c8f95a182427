/**
 * The campaign file: one JSON document ('campaign-lab/campaign', version 1) holding the audience
 * definition, seed, groups, A/B assignment, targeting review and results. Saved in IndexedDB and
 * shared as a .json file. Parsing never evaluates anything: JSON.parse, a walk that refuses
 * `__proto__` / `constructor` / `prototype` keys, the precompiled schema validator, then
 * cross-field checks (array lengths, arm indices). Errors name the file and the field.
 */
import type { AudienceResult, AudienceSpec, FunnelStep } from '../audience'
import type { ABDesign, ArmSummary } from '../design'
import type { CreativeGroups, GroupProfile } from '../groups'
import type { ReviewRecord } from '../review'
import type { AbResults } from '../results'
import { validate as validateCampaign } from './validate.generated'
import { renderEnglish } from '../../../i18n/render'
import { isMessage, type Label } from '../../core/message'

export const CAMPAIGN_FORMAT = 'campaign-lab/campaign'
export const CAMPAIGN_VERSION = 1
/** refuse bigger files before parsing (a 1M-customer assignment is ~20 MB) */
export const MAX_CAMPAIGN_BYTES = 64 * 1024 * 1024
const MAX_DEPTH = 64
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export interface CampaignDocument {
  format: typeof CAMPAIGN_FORMAT
  version: 1
  name: string
  createdAt: string
  updatedAt?: string
  notes?: string
  seed: number
  audience: {
    source: { fileName: string; rows: number; model?: string }
    spec: AudienceSpec
    funnel: FunnelStep[]
    size: number
    cutoffScore: number | null
    warnings: Label[]
  }
  groups: null | { k: number; seed: number; features: string[]; sizes: number[]; mean: number[]; sd: number[]; elbow: { k: number; inertia: number }[]; profiles: (Omit<GroupProfile, 'means'> & { means: (number | null)[]; name?: string })[]; warnings?: Label[] }
  design: null | { sampleSize: number; controlSize: number; remainder: 'spread' | 'drop'; arms: string[]; controlArm: number | null; groups: number; summary: ArmSummary[]; messages: Label[] }
  /** one entry per sampled customer: id, arm index into design.arms, group index */
  assignment: null | { customerId: string[]; arm: number[]; group: number[] }
  budget?: Record<string, unknown> | null
  review: ReviewRecord | null
  results: null | { fileName: string; importedAt: string; analysis: AbResults }
  followUp?: Record<string, unknown> | null
  briefs?: Record<string, string>
}

export class CampaignFileError extends Error {
  override name = 'CampaignFileError'
  readonly file: string
  /** JSON pointer of the field ('' for the whole file) */
  readonly pointer: string
  readonly problems: { pointer: string; message: string }[]
  constructor(file: string, pointer: string, message: string, problems?: { pointer: string; message: string }[]) {
    super(`${file}: ${message}${pointer ? ` at ${pointer}` : ''}`)
    this.file = file
    this.pointer = pointer
    this.problems = problems ?? [{ pointer, message }]
  }
}

/** Assemble a campaign document from the pieces the planner produced. */
export function buildCampaign(input: {
  name: string
  createdAt?: Date
  source: { fileName: string; rows: number; model?: string }
  spec: AudienceSpec
  audience: AudienceResult
  groups?: CreativeGroups | null
  design?: ABDesign | null
  review?: ReviewRecord | null
  results?: CampaignDocument['results']
  budget?: Record<string, unknown> | null
}): CampaignDocument {
  const { audience, groups, design } = input
  const now = (input.createdAt ?? new Date()).toISOString()
  return {
    format: CAMPAIGN_FORMAT,
    version: 1,
    name: input.name,
    createdAt: now,
    seed: design?.seed ?? groups?.seed ?? 42,
    audience: { source: input.source, spec: input.spec, funnel: audience.funnel, size: audience.ids.length, cutoffScore: audience.cutoffScore, warnings: audience.warnings },
    groups: groups
      ? {
          k: groups.k, seed: groups.seed, features: groups.features, sizes: groups.sizes, mean: groups.mean, sd: groups.sd, elbow: groups.elbow,
          profiles: groups.profiles.map((p) => ({ ...p, means: p.means.map((m) => (Number.isFinite(m) ? m : null)) })), warnings: groups.warnings,
        }
      : null,
    design: design
      ? { sampleSize: design.sampleSize, controlSize: design.controlSize, remainder: design.remainder, arms: design.arms, controlArm: design.controlArm, groups: design.groups, summary: design.summary, messages: design.messages }
      : null,
    assignment: design ? { customerId: Array.from(design.members, (m) => audience.ids[m]), arm: Array.from(design.arm), group: Array.from(design.group) } : null,
    budget: input.budget ?? null,
    review: input.review ?? null,
    results: input.results ?? null,
  }
}

/** JSON text of a campaign (validated first, so a broken document is never written). */
/**
 * Texts go into the file in English (message codes rendered): the file is shared, read by the CLI and
 * by older versions whose schema has strings there. The app shows a loaded file's texts as they are.
 */
function fileValue(k: string, v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) return null
  if (isMessage(v)) return renderEnglish(v)
  // The results summary is one string in the file (one message per sentence in memory).
  if (k === 'summary' && Array.isArray(v) && v.every((x) => typeof x === 'string' || isMessage(x))) return (v as Label[]).map((x) => (typeof x === 'string' ? x : renderEnglish(x))).join('; ')
  return v
}

export function serializeCampaign(doc: CampaignDocument, pretty = false): string {
  const text = JSON.stringify(doc, fileValue, pretty ? 2 : undefined)
  // Round-trip through the parser: the same checks a colleague's app will make.
  parseCampaign(text, `${doc.name || 'campaign'}.json`)
  return text
}

function pointerToken(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1')
}

function checkKeys(file: string, v: unknown, path: string, depth: number): void {
  if (v === null || typeof v !== 'object') return
  if (depth > MAX_DEPTH) throw new CampaignFileError(file, path, `nested more than ${MAX_DEPTH} levels deep`)
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) checkKeys(file, v[i], `${path}/${i}`, depth + 1)
    return
  }
  for (const k of Object.keys(v)) {
    const at = `${path}/${pointerToken(k)}`
    if (FORBIDDEN_KEYS.has(k)) throw new CampaignFileError(file, at, `refused: the key "${k}" is not allowed in a campaign file`)
    checkKeys(file, (v as Record<string, unknown>)[k], at, depth + 1)
  }
}

interface AjvError { instancePath: string; message?: string; keyword: string; params?: Record<string, unknown> }

function describeError(e: AjvError): { pointer: string; message: string } {
  if (e.keyword === 'required') return { pointer: `${e.instancePath}/${pointerToken(String(e.params?.missingProperty))}`, message: `missing field "${String(e.params?.missingProperty)}"` }
  if (e.keyword === 'additionalProperties') return { pointer: `${e.instancePath}/${pointerToken(String(e.params?.additionalProperty))}`, message: `unknown field "${String(e.params?.additionalProperty)}"` }
  if (e.keyword === 'enum') return { pointer: e.instancePath, message: `must be one of ${(e.params?.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` }
  return { pointer: e.instancePath, message: e.message ?? e.keyword }
}

/** Parse and validate a campaign file's text. Throws CampaignFileError naming the file and field. */
export function parseCampaign(text: string, fileName: string): CampaignDocument {
  if (text.length > MAX_CAMPAIGN_BYTES) throw new CampaignFileError(fileName, '', `too large (${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_CAMPAIGN_BYTES / 1048576} MB)`)
  if (!text.trim()) throw new CampaignFileError(fileName, '', 'the file is empty')
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new CampaignFileError(fileName, '', `not valid JSON (${(e as Error).message})`)
  }
  checkKeys(fileName, value, '', 0)
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new CampaignFileError(fileName, '', 'not a campaign file (expected a JSON object)')
  const obj = value as Record<string, unknown>
  if (obj.format !== CAMPAIGN_FORMAT) {
    throw new CampaignFileError(fileName, '/format', obj.format === undefined ? `not a campaign file (no "format" field; expected "${CAMPAIGN_FORMAT}")` : `not a campaign file (format ${JSON.stringify(obj.format)}; expected "${CAMPAIGN_FORMAT}")`)
  }
  if (obj.version !== CAMPAIGN_VERSION) {
    const v = obj.version
    const msg = typeof v === 'number' && v > CAMPAIGN_VERSION
      ? `campaign file version ${v} was written by a newer Campaign Lab; this one reads version ${CAMPAIGN_VERSION}`
      : `unsupported campaign file version ${JSON.stringify(v)} (this app reads version ${CAMPAIGN_VERSION})`
    throw new CampaignFileError(fileName, '/version', msg)
  }
  if (!validateCampaign(value)) {
    const errs = ((validateCampaign as unknown as { errors?: AjvError[] }).errors ?? []).map(describeError)
    const first = errs[0] ?? { pointer: '', message: 'does not match the campaign schema' }
    throw new CampaignFileError(fileName, first.pointer, first.message + (errs.length > 1 ? ` (and ${errs.length - 1} more problem${errs.length > 2 ? 's' : ''})` : ''), errs)
  }
  const doc = value as CampaignDocument
  crossCheck(doc, fileName)
  const analysis = doc.results?.analysis as { summary: unknown } | undefined
  if (analysis && typeof analysis.summary === 'string') analysis.summary = [analysis.summary]
  return doc
}

function crossCheck(doc: CampaignDocument, file: string): void {
  const fail = (pointer: string, message: string): never => {
    throw new CampaignFileError(file, pointer, message)
  }
  const a = doc.assignment
  const d = doc.design
  if (a) {
    if (!d) fail('/design', 'an assignment needs the A/B design it came from')
    if (a.arm.length !== a.customerId.length) fail('/assignment/arm', `${a.arm.length} arms for ${a.customerId.length} customers`)
    if (a.group.length !== a.customerId.length) fail('/assignment/group', `${a.group.length} groups for ${a.customerId.length} customers`)
    const bad = a.arm.findIndex((x) => x >= d!.arms.length)
    if (bad >= 0) fail(`/assignment/arm/${bad}`, `arm ${a.arm[bad]} does not exist (the design has ${d!.arms.length} arms)`)
    const seen = new Set<string>()
    a.customerId.forEach((id, i) => {
      if (seen.has(id)) fail(`/assignment/customerId/${i}`, `duplicate customer id "${id}"`)
      seen.add(id)
    })
    const total = d!.summary.reduce((s, x) => s + x.size, 0)
    if (total !== a.customerId.length) fail('/design/summary', `arm sizes add up to ${total} but the assignment holds ${a.customerId.length} customers`)
  }
  if (d) {
    if (new Set(d.arms).size !== d.arms.length) fail('/design/arms', 'arm names must be distinct')
    if (d.controlArm !== null && d.controlArm >= d.arms.length) fail('/design/controlArm', `control arm ${d.controlArm} does not exist`)
    if (d.summary.length !== d.arms.length) fail('/design/summary', `${d.summary.length} summaries for ${d.arms.length} arms`)
  }
  if (doc.groups) {
    const g = doc.groups
    if (g.sizes.length !== g.k) fail('/groups/sizes', `${g.sizes.length} sizes for k = ${g.k}`)
    if (g.mean.length !== g.features.length || g.sd.length !== g.features.length) fail('/groups/mean', 'one mean and one sd per feature are needed')
  }
}
