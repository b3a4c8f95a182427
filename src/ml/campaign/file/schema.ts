/**
 * JSON Schema (draft-07) of the version-1 campaign file ('campaign-lab/campaign'). Compiled ahead
 * of time into validate.generated.ts by ajv's standalone generator
 * (`npx tsx src/ml/campaign/file/build-validator.ts`): the app's CSP forbids the `new Function`
 * ajv needs to compile at run time. A unit test fails when the committed file is stale.
 */
const num = { type: 'number' } as const
const nnum = { type: ['number', 'null'] } as const
const str = { type: 'string' } as const
const nstr = { type: ['string', 'null'] } as const
const int = { type: 'integer', minimum: 0 } as const
const strArray = { type: 'array', items: str } as const
const numArray = { type: 'array', items: num } as const
const intArray = { type: 'array', items: int } as const

const funnelStep = { type: 'object', required: ['step', 'removed', 'remaining'], additionalProperties: false, properties: { step: str, removed: int, remaining: int } } as const

const exclusion = {
  type: 'object',
  required: ['kind'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['values', 'flag', 'range', 'recent', 'ids'] },
    column: str,
    values: strArray,
    min: num,
    max: num,
    days: { type: 'number', minimum: 0 },
    asOf: num,
    ids: strArray,
    label: str,
  },
} as const

const audience = {
  type: 'object',
  required: ['source', 'spec', 'funnel', 'size', 'cutoffScore', 'warnings'],
  additionalProperties: false,
  properties: {
    source: {
      type: 'object', required: ['fileName', 'rows'], additionalProperties: false,
      properties: { fileName: str, rows: int, model: str },
    },
    spec: {
      type: 'object', required: ['idColumn', 'scoreColumn'], additionalProperties: false,
      properties: {
        idColumn: str,
        scoreColumn: str,
        exclusions: { type: 'array', items: exclusion },
        band: { type: 'object', required: ['min', 'max'], additionalProperties: false, properties: { min: { type: 'number', minimum: 0, maximum: 1 }, max: { type: 'number', minimum: 0, maximum: 1 }, name: str } },
        segment: { type: 'object', required: ['column', 'values'], additionalProperties: false, properties: { column: str, values: strArray } },
        top: { type: 'integer', minimum: 1 },
        alive: { type: 'object', required: ['column', 'min'], additionalProperties: false, properties: { column: str, min: { type: 'number', minimum: 0, maximum: 1 } } },
        value: { type: 'object', required: ['column', 'rank'], additionalProperties: false, properties: { column: str, rank: { enum: ['expected', 'value'] } } },
      },
    },
    funnel: { type: 'array', items: funnelStep },
    size: int,
    cutoffScore: nnum,
    warnings: strArray,
  },
} as const

const groups = {
  type: ['object', 'null'],
  required: ['k', 'seed', 'features', 'sizes', 'mean', 'sd', 'elbow', 'profiles'],
  additionalProperties: false,
  properties: {
    k: { type: 'integer', minimum: 1 },
    seed: { type: 'integer' },
    features: strArray,
    sizes: intArray,
    mean: numArray,
    sd: numArray,
    elbow: { type: 'array', items: { type: 'object', required: ['k', 'inertia'], additionalProperties: false, properties: { k: int, inertia: num } } },
    profiles: {
      type: 'array',
      items: {
        type: 'object', required: ['group', 'size', 'share', 'means', 'zMeans', 'description'], additionalProperties: false,
        properties: { group: int, size: int, share: num, means: { type: 'array', items: nnum }, zMeans: numArray, description: str, name: str },
      },
    },
    warnings: strArray,
  },
} as const

const design = {
  type: ['object', 'null'],
  required: ['sampleSize', 'controlSize', 'remainder', 'arms', 'controlArm', 'groups', 'summary', 'messages'],
  additionalProperties: false,
  properties: {
    sampleSize: int,
    controlSize: int,
    remainder: { enum: ['spread', 'drop'] },
    arms: { type: 'array', items: { type: 'string', pattern: '\\S' }, minItems: 1 },
    controlArm: { type: ['integer', 'null'], minimum: 0 },
    groups: { type: 'integer', minimum: 1 },
    summary: {
      type: 'array',
      items: { type: 'object', required: ['name', 'isControl', 'size', 'groupCounts'], additionalProperties: false, properties: { name: str, isControl: { type: 'boolean' }, size: int, groupCounts: intArray } },
    },
    messages: strArray,
  },
} as const

const assignment = {
  type: ['object', 'null'],
  required: ['customerId', 'arm', 'group'],
  additionalProperties: false,
  properties: { customerId: strArray, arm: intArray, group: intArray },
} as const

const review = {
  type: ['object', 'null'],
  required: ['reviewer', 'decision', 'date', 'notes', 'flagsReviewed'],
  additionalProperties: false,
  properties: {
    reviewer: { type: 'string', pattern: '\\S' },
    decision: { enum: ['approved', 'approved with changes', 'rejected'] },
    date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}' },
    notes: str,
    flagsReviewed: strArray,
  },
} as const

const results = {
  type: ['object', 'null'],
  required: ['fileName', 'importedAt', 'analysis'],
  additionalProperties: false,
  properties: {
    fileName: str,
    importedAt: str,
    /** AbResults as produced by analyzeResults (numbers or null, never NaN) */
    analysis: { type: 'object', required: ['arms', 'tests', 'summary', 'dataQuality'], properties: { arms: { type: 'array' }, tests: { type: 'object' }, summary: str, dataQuality: { type: 'object' } } },
  },
} as const

export const campaignSchema = {
  $id: 'https://campaign-lab.local/schemas/campaign-v1.json',
  type: 'object',
  required: ['format', 'version', 'name', 'createdAt', 'seed', 'audience', 'groups', 'design', 'assignment', 'review', 'results'],
  additionalProperties: false,
  properties: {
    format: { const: 'campaign-lab/campaign' },
    version: { const: 1 },
    name: { type: 'string', pattern: '\\S' },
    createdAt: str,
    updatedAt: str,
    notes: str,
    seed: { type: 'integer' },
    audience,
    groups,
    design,
    assignment,
    budget: { type: ['object', 'null'] },
    review,
    results,
    followUp: { type: ['object', 'null'] },
    /** a creative brief per group or per creative, free text */
    briefs: { type: 'object', additionalProperties: str },
    source: nstr,
  },
} as const
