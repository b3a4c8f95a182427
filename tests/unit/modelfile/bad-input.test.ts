import { describe, expect, it } from 'vitest'
import { MODEL_MAGIC, ModelFileError, parseModelFile, scoreTable, serializeModel, checkTable, SchemaMismatchError, sha256Hex, type SavedModelFile } from '../../../src/ml/modelfile'
import { DTYPE_BYTES, elementCount, type WeightSpec } from '../../../src/ml/core/weights'
import { loadBank, loadRfm } from './helpers'
import { trainClassifier } from './models'

let savedP: Promise<SavedModelFile> | null = null
const saved = (): Promise<SavedModelFile> => (savedP ??= trainClassifier('lr').then(serializeModel))

const enc = new TextEncoder()
const dec = new TextDecoder()

/** Split a saved file into its manifest object and weights. */
async function parts(): Promise<{ manifest: Record<string, unknown>; weights: Uint8Array }> {
  const b = (await saved()).bytes
  const start = MODEL_MAGIC.length
  const nl = b.indexOf(10, start)
  return { manifest: JSON.parse(dec.decode(b.subarray(start, nl))) as Record<string, unknown>, weights: b.slice(nl + 1) }
}

/** Re-pack a (changed) manifest; rehash it so only the change under test is caught. */
async function repack(manifest: Record<string, unknown>, weights: Uint8Array, rehash = true): Promise<Uint8Array> {
  if (rehash) {
    const { integrity: _i, ...body } = manifest
    manifest = { ...body, integrity: { manifestSha256: await sha256Hex(JSON.stringify(body)) } }
  }
  const head = enc.encode(MODEL_MAGIC + JSON.stringify(manifest) + '\n')
  const out = new Uint8Array(head.length + weights.length)
  out.set(head)
  out.set(weights, head.length)
  return out
}

interface Case {
  name: string
  make: () => Promise<Uint8Array | { size: number; arrayBuffer(): Promise<ArrayBuffer> }>
  reason: string
  message: RegExp
  pointer?: string
}

const CASES: Case[] = [
  {
    name: 'truncated file',
    make: async () => (await saved()).bytes.slice(0, (await saved()).bytes.length - 100),
    // the last weight no longer fits: named, before any hash is compared
    reason: 'weight-bytes', message: /weight "estimator\/coef" \(float64 \[50\]\) needs 400 bytes, but only 300 are left/, pointer: '/weights/specs/0/shape',
  },
  {
    name: 'truncated inside the manifest',
    make: async () => (await saved()).bytes.slice(0, 200),
    reason: 'truncated', message: /manifest line has no end/,
  },
  {
    name: 'a flipped byte in the weights',
    make: async () => {
      const b = (await saved()).bytes.slice()
      b[b.length - 5] ^= 0x01
      return b
    },
    reason: 'weights-hash', message: /weights were changed or damaged/, pointer: '/weights/sha256',
  },
  {
    name: 'an edited number in the manifest (hash not updated)',
    make: async () => {
      const { manifest, weights } = await parts()
      return repack({ ...manifest, threshold: 0.9 }, weights, false)
    },
    reason: 'manifest-hash', message: /manifest was changed or damaged/, pointer: '/integrity/manifestSha256',
  },
  {
    name: 'a missing field',
    make: async () => {
      const { manifest, weights } = await parts()
      const { training: _t, ...rest } = manifest
      return repack(rest, weights)
    },
    reason: 'schema', message: /missing field "training"/, pointer: '/training',
  },
  {
    name: 'a missing nested field (pipeline means)',
    make: async () => {
      const { manifest, weights } = await parts()
      const model = manifest.model as { pipeline: { groups: Record<string, unknown>[] } }
      delete model.pipeline.groups[0].sd
      return repack(manifest, weights)
    },
    reason: 'model', message: /needs finite fill, mean and sd/, pointer: '/model/pipeline/groups/0',
  },
  {
    name: 'wrong types',
    make: async () => {
      const { manifest, weights } = await parts()
      return repack({ ...manifest, threshold: '0.5', containsCustomerRows: 'no' }, weights)
    },
    reason: 'schema', message: /must be (number|boolean|null).*more problem/, pointer: '/threshold',
  },
  {
    name: 'a future format version',
    make: async () => {
      const { manifest, weights } = await parts()
      return repack({ ...manifest, formatVersion: 3 }, weights)
    },
    reason: 'future-version', message: /newer Campaign Lab \(model format version 3; this app reads versions 0 to 2\)/, pointer: '/formatVersion',
  },
  {
    name: 'a 2 GB file (refused by its size, never read)',
    make: async () => ({ size: 2 * 1024 ** 3, arrayBuffer: () => Promise.reject(new Error('must not be read')) }),
    reason: 'too-large', message: /2\.0 GB; model files are limited to 200\.0 MB/,
  },
  {
    name: 'a JSON with __proto__ keys',
    make: async () => {
      const { weights } = await parts()
      const text = dec.decode((await saved()).bytes).split('\n')[1].replace('"card":{', '"card":{"__proto__":{"isAdmin":true},')
      return new Uint8Array([...enc.encode(MODEL_MAGIC + text + '\n'), ...weights])
    },
    reason: 'forbidden-key', message: /key "__proto__" is not allowed/, pointer: '/card/__proto__',
  },
  {
    name: 'a constructor key deep in the model',
    make: async () => enc.encode(JSON.stringify({ format: 'campaign-lab/model', version: 0, model: { estimator: { constructor: { prototype: 1 } } } })),
    reason: 'forbidden-key', message: /"constructor"/, pointer: '/model/estimator/constructor',
  },
  {
    name: 'a file that is not a model (CSV)',
    make: async () => enc.encode('age;job\n30;admin.\n'),
    reason: 'not-a-model', message: /not a Campaign Lab model file/,
  },
  {
    name: 'a JSON document that is not a model',
    make: async () => enc.encode('{"name": "package", "version": "1.0.0"}'),
    reason: 'not-a-model', message: /format is null, expected "campaign-lab\/model"/, pointer: '/format',
  },
  {
    name: 'binary garbage',
    make: async () => Uint8Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256),
    reason: 'not-a-model', message: /not a Campaign Lab model file/,
  },
  {
    name: 'an empty file',
    make: async () => new Uint8Array(0),
    reason: 'empty', message: /empty/,
  },
  {
    name: 'a decision tree with a cycle (would hang scoring)',
    make: async () => {
      const b = (await serializeModel(await trainClassifier('tree'))).bytes
      const nl = b.indexOf(10, MODEL_MAGIC.length)
      const manifest = JSON.parse(dec.decode(b.subarray(MODEL_MAGIC.length, nl))) as Record<string, unknown>
      const weights = b.slice(nl + 1)
      // the weights lie back to back in spec order: "estimator/left" starts after the ones before it
      const specs = (manifest.weights as { specs: WeightSpec[] }).specs
      let offset = 0
      for (const x of specs) {
        if (x.name === 'estimator/left') break
        offset += elementCount(x.shape) * DTYPE_BYTES[x.dtype]
      }
      new DataView(weights.buffer).setInt32(offset, 0, true)
      const w = manifest.weights as { sha256: string }
      w.sha256 = await sha256Hex(weights)
      return repack(manifest, weights)
    },
    reason: 'model', message: /node 0 has children 0 and \d+: a child must come after its parent/, pointer: '/model/estimator/state',
  },
  {
    name: 'a model that claims no customer rows but holds them',
    make: async () => {
      const input = await trainClassifier('knn')
      const b = (await serializeModel(input)).bytes
      const nl = b.indexOf(10, MODEL_MAGIC.length)
      const manifest = JSON.parse(dec.decode(b.subarray(MODEL_MAGIC.length, nl))) as Record<string, unknown>
      return repack({ ...manifest, containsCustomerRows: false, customerRows: [] }, b.slice(nl + 1))
    },
    reason: 'model', message: /says false, but KNN stores the training rows/, pointer: '/containsCustomerRows',
  },
]

describe('bad model files are refused with a named reason', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const input = await c.make()
      let err: unknown = null
      try {
        await parseModelFile(input, 'bad.clmodel')
      } catch (e) {
        err = e
      }
      expect(err).toBeInstanceOf(ModelFileError)
      const e = err as ModelFileError
      expect(e.reason).toBe(c.reason)
      expect(e.message).toMatch(/^bad\.clmodel: /)
      expect(e.message).toMatch(c.message)
      if (c.pointer) expect(e.pointer).toBe(c.pointer)
    })
  }

  it('the intact file loads', async () => {
    await expect(parseModelFile((await saved()).bytes, 'ok.clmodel')).resolves.toBeTruthy()
  })

  it('a model for another dataset: schema mismatch report, scoring refused', async () => {
    const m = await parseModelFile((await saved()).bytes, 'bank.clmodel')
    const rfm = await loadRfm()
    const r = checkTable(m, rfm)
    expect(r.ok).toBe(false)
    expect([...r.missing].sort()).toEqual(['age', 'balance', 'campaign', 'contact', 'day', 'default', 'education', 'housing', 'job', 'loan', 'marital', 'month', 'pdays', 'poutcome', 'previous'])
    expect(r.extra).toEqual(['CustomerID', 'Recency', 'Frequency', 'Monetary'])
    expect(() => scoreTable(m, rfm)).toThrow(SchemaMismatchError)
    expect(() => scoreTable(m, rfm)).toThrow(/bank\.clmodel: the data does not fit this model: missing columns "age"/)
  })
})

describe('schema check of new data', () => {
  it('reports type mismatches, unseen categories, missing values and extra columns', async () => {
    const m = await parseModelFile((await saved()).bytes, 'bank.clmodel')
    const { table } = await loadBank()
    const { stringColumn, stringValues, getColumn } = await import('../../../src/data/table')
    const jobs = stringValues(getColumn(table, 'job'))
    jobs[0] = 'astronaut'
    jobs[1] = 'astronaut'
    jobs[2] = null
    const ages = stringValues(getColumn(table, 'age'))
    ages[5] = 'forty'
    const t2 = {
      ...table,
      columns: table.columns.map((c) => (c.name === 'job' ? stringColumn('job', jobs) : c.name === 'age' ? stringColumn('age', ages) : c)).concat([stringColumn('extra_col', jobs)]),
    }
    const r = checkTable(m, t2)
    expect(r.ok).toBe(false)
    expect(r.typeMismatches).toEqual([{ column: 'age', expected: 'number', found: 'text', rows: 1, examples: ['forty'] }])
    expect(r.unseen).toEqual([{ column: 'job', rows: 2, levels: ['astronaut'], handledAs: 'all-zero one-hot' }])
    expect(r.missingValues).toEqual([{ column: 'job', rows: 1, filledWith: 'blue-collar' }])
    expect(r.extra).toContain('extra_col')
    expect(r.messages.join('\n')).toMatch(/"age": numbers were expected, but 1 row holds text \(e\.g\. "forty"\)/)
    // without the bad age the table scores; the unseen job encodes as all zeros (as at training)
    ages[5] = '41'
    const t3 = { ...t2, columns: t2.columns.map((c) => (c.name === 'age' ? stringColumn('age', ages) : c)) }
    const s = scoreTable(m, t3)
    expect(s.report.unseen[0].rows).toBe(2)
    if (m.runtime.kind !== 'classifier') throw new Error('kind')
    const X = m.runtime.pipeline.transform(t3)
    const g = m.runtime.pipeline.groups.find((x) => x.feature === 'job')!
    for (let j = g.start; j < g.end; j++) expect(X.data[0 * X.cols + j]).toBe(0)
    expect(s.probability![0]).toBe(m.runtime.estimator.predictProba(X)[0])
  })
})
