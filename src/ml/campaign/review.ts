/**
 * Targeting review: flag sensitive attributes (protected characteristics and GDPR special
 * categories) used by the model or the selection, by column name and by values, in English and
 * Spanish; and the reviewer's recorded decision.
 */
import { MessageError } from '../core/message'
import type { Column } from '../../data/table'

export type SensitiveCategory =
  | 'gender' | 'age' | 'marital status' | 'health' | 'pregnancy' | 'religion' | 'ethnicity'
  | 'disability' | 'sexual orientation' | 'political or union' | 'nationality' | 'children'

interface Rule {
  category: SensitiveCategory
  /** matched against the normalised column name (lower case, no accents, words split by spaces) */
  name: RegExp
  /** matched against each normalised category value */
  value?: RegExp
}

// Word-bounded so "page", "usage", "agent" or "trace" do not match "age" / "race".
const RULES: Rule[] = [
  { category: 'gender', name: /\b(gender|sex|genre|genero|sexo)\b/, value: /^(male|female|man|woman|hombre|mujer|varon|masculino|femenino|non binary|no binario)$/ },
  { category: 'age', name: /\b(age|ages|edad|edades|birth|birthday|birthdate|dob|born|nacimiento|fecha nac|fechanac|anio nacimiento|year of birth|age group|rango edad)\b/ },
  { category: 'marital status', name: /\b(marital|married|spouse|civil status|estado civil|casado|conyuge|pareja)\b/, value: /^(married|single|divorced|widowed|widow|separated|casado|casada|soltero|soltera|divorciado|divorciada|viudo|viuda|separado|separada)$/ },
  { category: 'health', name: /\b(health|medical|medic|diagnos\w*|disease|illness|salud|medico|medica|enfermedad\w*|diagnostico|pharmacy|farmacia|hospital\w*|clinic\w*|diabet\w*|insulin\w*|pathology|patologia)\b/, value: /\b(diabet\w*|insulin\w*|cancer|hiv|vih|chemotherapy|quimioterapia|antidepress\w*|medication|medicamento\w*|pharmacy|farmacia)\b/ },
  { category: 'pregnancy', name: /\b(pregnan\w*|embaraz\w*|maternity|maternidad|prenatal|baby|babies|bebe|bebes|infant|lactancia|breastfeed\w*|diaper\w*|nappy|nappies|panal\w*)\b/, value: /\b(pregnan\w*|embaraz\w*|maternity|maternidad|prenatal|baby|babies|bebe|bebes|infant\w*|diaper\w*|nappy|nappies|panal\w*|formula milk|leche de continuacion|biberon\w*|pregnancy test|test de embarazo)\b/ },
  { category: 'religion', name: /\b(religion|religious|faith|church|iglesia|religiosa|religioso|creencia\w*|confession)\b/, value: /^(catholic|christian|muslim|islam|jewish|hindu|buddhist|atheist|catolico|catolica|cristiano|cristiana|musulman|musulmana|judio|judia|ateo|atea)$/ },
  { category: 'ethnicity', name: /\b(ethnic\w*|etnia|etnico|etnica|race|racial|raza)\b/, value: /^(white|black|asian|hispanic|latino|latina|gitano|gitana|roma|caucasian|blanco|negro|asiatico)$/ },
  { category: 'disability', name: /\b(disab\w*|discapacidad\w*|handicap\w*|minusval\w*|impairment|dependencia|wheelchair)\b/ },
  { category: 'sexual orientation', name: /\b(orientation|orientacion|lgbt\w*|sexuality|sexualidad)\b/ },
  { category: 'political or union', name: /\b(political|politic\w*|political party|partido politico|union member\w*|sindicat\w*|vote|voto)\b/ },
  { category: 'nationality', name: /\b(nationality|nacionalidad|citizenship|country of birth|pais de nacimiento|immigra\w*|inmigra\w*|country of origin|pais de origen)\b/ },
  { category: 'children', name: /\b(children|kids|child|hijos|hijo|ninos|nino|num hijos)\b/ },
]

/** Lower case, accents stripped, camelCase and punctuation split into words. */
export function normalizeName(s: string): string {
  return s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export interface SensitiveFlag {
  column: string
  category: SensitiveCategory
  matchedOn: 'name' | 'values'
  /** up to three values that matched (values matches only) */
  examples: string[]
  usedIn: ('model' | 'selection')[]
}

export interface ReviewInput {
  /** columns of the dataset (names, and levels for category columns) */
  columns: Pick<Column, 'name'>[] | Column[]
  /** features the model was trained on */
  modelFeatures: string[]
  /** columns used to select the audience (exclusions, segment, grouping features) */
  selectionColumns: string[]
}

/** Flag sensitive attributes among the columns used by the model or the selection. */
export function flagSensitiveAttributes(input: ReviewInput): SensitiveFlag[] {
  const used = new Map<string, Set<'model' | 'selection'>>()
  const add = (c: string, w: 'model' | 'selection'): void => {
    const s = used.get(c) ?? new Set()
    s.add(w)
    used.set(c, s)
  }
  input.modelFeatures.forEach((c) => add(c, 'model'))
  input.selectionColumns.forEach((c) => add(c, 'selection'))
  const byName = new Map<string, Pick<Column, 'name'> | Column>()
  for (const c of input.columns) byName.set(c.name, c)
  const flags: SensitiveFlag[] = []
  for (const [name, where] of used) {
    const usedIn = (['model', 'selection'] as const).filter((w) => where.has(w))
    // A one-hot feature such as "marital=married" or "job_retired" is judged by its source name too.
    const norm = normalizeName(name)
    const col = byName.get(name)
    const levels = col && 'storage' in col && col.storage === 'string' ? col.levels : []
    const seen = new Set<SensitiveCategory>()
    for (const r of RULES) {
      if (r.name.test(norm)) {
        flags.push({ column: name, category: r.category, matchedOn: 'name', examples: [], usedIn })
        seen.add(r.category)
      }
    }
    for (const r of RULES) {
      if (!r.value || seen.has(r.category)) continue
      const hits = levels.filter((l) => r.value!.test(normalizeName(l)))
      // gender needs most of the values to match (a "product" column holding "Men's shoes" is fine)
      if (hits.length && (r.category !== 'gender' || hits.length * 2 >= levels.length)) {
        flags.push({ column: name, category: r.category, matchedOn: 'values', examples: hits.slice(0, 3), usedIn })
      }
    }
  }
  return flags
}

export type ReviewDecision = 'approved' | 'approved with changes' | 'rejected'

export interface ReviewRecord {
  reviewer: string
  decision: ReviewDecision
  /** ISO date (YYYY-MM-DD) or date-time */
  date: string
  notes: string
  /** the flags the reviewer saw, as "column: category" */
  flagsReviewed: string[]
}

/** Validate and build the reviewer's record (stored in the campaign file before export). */
export function recordReview(r: { reviewer: string; decision: string; date: string; notes?: string; flags?: SensitiveFlag[] }): ReviewRecord {
  const reviewer = (r.reviewer ?? '').trim()
  if (!reviewer) throw new MessageError('campaign.error.reviewName')
  const decisions: ReviewDecision[] = ['approved', 'approved with changes', 'rejected']
  if (!decisions.includes(r.decision as ReviewDecision)) throw new MessageError('campaign.error.reviewDecision', { allowed: decisions.join(', '), value: r.decision })
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(r.date) || Number.isNaN(Date.parse(r.date))) throw new MessageError('campaign.error.reviewDate', { value: r.date })
  const flagsReviewed = (r.flags ?? []).map((f) => `${f.column}: ${f.category}`)
  if (r.decision === 'approved with changes' && !(r.notes ?? '').trim()) throw new MessageError('campaign.error.reviewNotes')
  return { reviewer, decision: r.decision as ReviewDecision, date: r.date, notes: (r.notes ?? '').trim(), flagsReviewed }
}
