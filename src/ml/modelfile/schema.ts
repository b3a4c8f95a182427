/**
 * JSON Schema (draft-07) of the version-2 model manifest. It is compiled ahead of time into
 * validate.generated.ts by ajv's standalone code generator (`npx tsx src/ml/modelfile/build-validator.ts`),
 * because the app's Content-Security-Policy forbids the `new Function` ajv uses to compile at run
 * time. A unit test regenerates it and fails when the committed file is stale.
 */
const num = { type: 'number' } as const
const str = { type: 'string' } as const
const int = { type: 'integer', minimum: 0 } as const
const strArray = { type: 'array', items: str } as const

const estimator = {
  type: 'object',
  required: ['kind', 'params', 'state'],
  properties: {
    kind: { type: 'string', pattern: '^.' },
    params: { type: 'object' },
    state: { type: 'object' },
    containsTrainingRows: { type: 'boolean' },
  },
} as const

const featureGroup = {
  type: 'object',
  required: ['feature', 'kind', 'start', 'end'],
  properties: {
    feature: str,
    kind: { enum: ['numeric', 'categorical', 'date'] },
    start: int,
    end: int,
    levels: strArray,
    hasOther: { type: 'boolean' },
    baseLevel: str,
    fillLevel: str,
    fill: num,
    mean: num,
    sd: num,
  },
  additionalProperties: false,
} as const

const pipeline = {
  type: 'object',
  required: ['kind', 'version', 'options', 'groups', 'featureNames'],
  properties: {
    kind: { const: 'preprocessor' },
    version: { const: 1 },
    options: { type: 'object' },
    groups: { type: 'array', items: featureGroup },
    featureNames: strArray,
    notes: strArray,
    warnings: strArray,
  },
} as const

const range = { type: 'array', items: { type: 'array', items: { type: ['number', 'null'] }, minItems: 2, maxItems: 2 }, minItems: 5, maxItems: 5 } as const
const cuts = { type: 'array', items: num, minItems: 4, maxItems: 4 } as const

const pipelineRef = { $ref: '#/definitions/pipeline' } as const
const estimatorRef = { $ref: '#/definitions/estimator' } as const

const payloads = {
  classifier: {
    type: 'object', required: ['pipeline', 'estimator'], additionalProperties: false,
    properties: { pipeline: pipelineRef, estimator: estimatorRef },
  },
  regressor: {
    type: 'object', required: ['pipeline', 'estimator'], additionalProperties: false,
    properties: { pipeline: pipelineRef, estimator: estimatorRef },
  },
  pipeline: {
    type: 'object', required: ['pipeline'], additionalProperties: false,
    properties: { pipeline: pipelineRef },
  },
  kmeans: {
    type: 'object', required: ['estimator', 'clusterNames'], additionalProperties: false,
    properties: { estimator: estimatorRef, clusterNames: strArray },
  },
  rfm: {
    type: 'object', required: ['columns', 'ranges', 'cuts', 'grid', 'segments'], additionalProperties: false,
    properties: {
      columns: {
        type: 'object', required: ['recency', 'frequency', 'monetary'], additionalProperties: false,
        properties: { recency: str, frequency: str, monetary: str },
      },
      ranges: {
        type: 'object', required: ['r', 'f', 'm'], additionalProperties: false,
        properties: { r: range, f: range, m: range },
      },
      cuts: {
        type: 'object', required: ['r', 'f', 'm'], additionalProperties: false,
        properties: { r: cuts, f: cuts, m: cuts },
      },
      grid: { type: 'array', items: { type: 'array', items: str, minItems: 5, maxItems: 5 }, minItems: 5, maxItems: 5 },
      segments: strArray,
    },
  },
  uplift: {
    type: 'object', required: ['pipeline', 'uplift', 'learner', 'base', 'control', 'arms', 'trained'], additionalProperties: false,
    properties: {
      pipeline: pipelineRef,
      // the per-creative models' estimators (their arrays are declared weights, artifacts.ts); rebuilt and checked on load
      uplift: {
        type: 'object', required: ['kind', 'version', 'control', 'arms', 'models'],
        properties: { kind: { const: 'uplift-multiarm' }, version: { const: 1 }, control: str, arms: strArray, models: { type: 'array', items: { type: 'object' }, minItems: 1 } },
      },
      learner: { enum: ['s', 't', 'x', 'ct'] },
      base: { enum: ['lr', 'rf', 'gbt'] },
      control: str,
      arms: { type: 'array', items: str, minItems: 1 },
      trained: {
        type: 'array',
        items: { type: 'object', required: ['arm', 'customers', 'converted'], additionalProperties: false, properties: { arm: str, customers: int, converted: num } },
      },
    },
  },
  rules: {
    type: 'object',
    // the rules' index arrays are declared weights (artifacts.ts)
    required: ['nTransactions', 'items'],
    additionalProperties: false,
    properties: { nTransactions: int, items: strArray },
  },
} as const

export const manifestSchema = {
  $id: 'https://campaign-lab.local/schemas/model-manifest-v2.json',
  definitions: { pipeline, estimator },
  type: 'object',
  required: [
    'format', 'formatVersion', 'appVersion', 'kind', 'name', 'createdAt', 'card', 'features', 'idColumn', 'target',
    'threshold', 'bands', 'metrics', 'training', 'containsCustomerRows', 'customerRows', 'model', 'weights', 'integrity',
  ],
  additionalProperties: false,
  properties: {
    format: { const: 'campaign-lab/model' },
    formatVersion: { const: 2 },
    appVersion: str,
    kind: { enum: ['classifier', 'regressor', 'pipeline', 'kmeans', 'rfm', 'rules', 'uplift'] },
    name: str,
    createdAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T' },
    card: {
      type: 'object', additionalProperties: false,
      properties: { author: str, notes: str, predicts: str },
    },
    features: {
      type: 'array',
      items: {
        type: 'object', required: ['name', 'type', 'role', 'storage'], additionalProperties: false,
        properties: {
          name: str,
          type: { enum: ['integer', 'float', 'boolean', 'category', 'date', 'datetime', 'id', 'text'] },
          role: { enum: ['id', 'feature', 'target', 'date', 'amount', 'ignore'] },
          storage: { enum: ['number', 'string'] },
          categories: strArray,
        },
      },
    },
    idColumn: { type: ['string', 'null'] },
    target: {
      anyOf: [
        { type: 'null' },
        {
          type: 'object', required: ['name', 'type'], additionalProperties: false,
          properties: { name: str, positive: str, type: { enum: ['binary', 'numeric'] } },
        },
      ],
    },
    threshold: { anyOf: [{ type: 'null' }, { type: 'number', minimum: 0, maximum: 1 }] },
    bands: {
      anyOf: [
        { type: 'null' },
        {
          type: 'array', minItems: 1,
          items: {
            type: 'object', required: ['label', 'min', 'max'], additionalProperties: false,
            properties: { label: str, min: num, max: num, channel: str },
          },
        },
      ],
    },
    metrics: { type: 'object', additionalProperties: { type: ['number', 'null'] } },
    training: {
      type: 'object', required: ['rows', 'columns', 'sha256'], additionalProperties: false,
      properties: {
        rows: int, columns: strArray, sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }, dataset: str,
        // how the model was trained (retrain with the same settings); free-form, checked when used
        settings: { type: 'object' },
        drift: {
          type: 'object', required: ['columns'], additionalProperties: false,
          properties: {
            columns: {
              type: 'array',
              items: {
                anyOf: [
                  {
                    type: 'object', required: ['name', 'kind', 'edges', 'shares'], additionalProperties: false,
                    properties: { name: str, kind: { const: 'numeric' }, edges: { type: 'array', items: num }, shares: { type: 'array', items: num } },
                  },
                  {
                    type: 'object', required: ['name', 'kind', 'categories', 'shares'], additionalProperties: false,
                    properties: { name: str, kind: { const: 'categorical' }, categories: strArray, shares: { type: 'array', items: num } },
                  },
                ],
              },
            },
            baseRate: { type: ['number', 'null'] },
          },
        },
      },
    },
    lineage: {
      type: 'object', required: ['parentSha256', 'parentName', 'parentCreatedAt', 'parentRows'], additionalProperties: false,
      properties: { parentSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' }, parentName: str, parentCreatedAt: str, parentRows: int, parentDataset: str },
    },
    containsCustomerRows: { type: 'boolean' },
    customerRows: strArray,
    model: { type: 'object' },
    weights: {
      type: 'object', required: ['specs', 'byteLength', 'sha256'], additionalProperties: false,
      properties: {
        specs: {
          type: 'array',
          items: {
            // after tfjs-core's weightSpecs: the weights lie in this order, back to back; an unknown
            // dtype is refused by the loader with the weight named (not here, where it would be a bare schema error)
            type: 'object', required: ['name', 'dtype', 'shape'], additionalProperties: false,
            properties: {
              name: str,
              dtype: str,
              shape: { type: 'array', items: int },
            },
          },
        },
        byteLength: int,
        sha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      },
    },
    integrity: {
      type: 'object', required: ['manifestSha256'], additionalProperties: false,
      properties: { manifestSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
    },
  },
  allOf: (Object.keys(payloads) as (keyof typeof payloads)[]).map((kind) => ({
    if: { type: 'object', properties: { kind: { const: kind } }, required: ['kind'] },
    then: { properties: { model: payloads[kind] } },
  })),
}
