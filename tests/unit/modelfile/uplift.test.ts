/**
 * Uplift model files ("who to contact next"): saved like the other models, with a card that says
 * the learner, base model, creatives, control, held-out Qini AUC per creative and how many customers
 * it was trained on; opened again they give the same scores; a damaged or forged file is refused with
 * a message code naming the field, not a stack.
 */
import { describe, expect, it } from 'vitest'
import { Rng } from '../../../src/ml/core/random'
import { MultiArmUplift } from '../../../src/ml/uplift'
import { ModelFileError, modelCard, packArtifacts, parseModelFile, scoreTable, scoresToCsv, serializeModel, sha256Hex, type ModelManifest, type SavedModelFile } from '../../../src/ml/modelfile'
import { renderMessage } from '../../../src/i18n/render'
import { bankPipeline } from './helpers'

const ARMS = ['A', 'B', 'control']

/** The bank sample as a test's results: each customer drawn into an arm (seeded), the outcome its y. */
async function trained(learner: 't' | 'x', base: 'lr' | 'gbt'): Promise<SavedModelFile & { expected: ReturnType<MultiArmUplift['score']> }> {
  const { data, pre } = await bankPipeline()
  const rng = new Rng(5)
  const armOf = Array.from(data.rows, () => ARMS[rng.int(3)])
  const X = pre.transform(data.table, data.rows)
  const model = new MultiArmUplift({ learner, base, baseParams: base === 'gbt' ? { maxIter: 15, minSamplesLeaf: 10 } : {} })
  await model.fit(X, armOf, data.y, 'control')
  const trainedArms = ARMS.map((arm) => ({ arm, customers: armOf.filter((a) => a === arm).length, converted: armOf.reduce((s, a, i) => s + (a === arm ? data.y[i] : 0), 0) }))
  const saved = await serializeModel({
    kind: 'uplift', name: `Who to contact next (${learner}-${base})`, pipeline: pre, uplift: model, target: { name: 'y', positive: 'yes' }, trained: trainedArms,
    metrics: { 'qiniAuc.A': 0.0123, 'qiniAuc.B': -0.004 }, training: { table: data.table, rows: data.rows }, schema: data.schema, idColumn: 'client_id',
  })
  return { ...saved, expected: model.score(pre.transform(data.table)) }
}

describe('uplift model files', () => {
  for (const [learner, base] of [['t', 'gbt'], ['x', 'lr']] as const) {
    it(`${learner}-${base}: save → open → the same best creative and uplift for every customer`, async () => {
      const saved = await trained(learner, base)
      const { data } = await bankPipeline()
      const loaded = await parseModelFile(saved.bytes, saved.fileName)
      expect(loaded.manifest.kind).toBe('uplift')
      const s = scoreTable(loaded, data.table, { reasons: 0 })
      expect(s.rows).toBe(data.table.nRows)
      expect(s.arms).toEqual(['A', 'B'])
      expect(Array.from(s.uplift!)).toEqual(Array.from(saved.expected.bestUplift))
      expect(s.armUplift!.map((u) => Array.from(u))).toEqual(saved.expected.uplift.map((u) => Array.from(u)))
      expect(s.bestArm).toEqual(Array.from(saved.expected.best, (b) => (b >= 0 ? saved.expected.arms[b] : null)))
      // some customers get each answer: the comparison is not between constant columns
      expect(new Set(s.bestArm).size).toBeGreaterThan(1)
      const csv = scoresToCsv(s).split('\n')
      expect(csv[0]).toBe('client_id,best_creative,uplift,uplift_A,uplift_B')
      expect(csv).toHaveLength(data.table.nRows + 1 + (csv.at(-1) === '' ? 1 : 0))

      const card = modelCard(loaded.manifest, loaded)
      expect(card.kind).toBe('uplift')
      expect(card.algorithm).toBe(`${learner}-learner, ${base}`)
      expect(card.uplift).toMatchObject({ learner, base, control: 'control', arms: ['A', 'B'] })
      expect(card.uplift!.trained.reduce((a, t) => a + t.customers, 0)).toBe(data.rows.length)
      expect(card.metrics).toEqual(expect.arrayContaining([{ name: 'qiniAuc.A', value: 0.0123 }, { name: 'qiniAuc.B', value: -0.004 }]))
      expect(card.containsCustomerRows).toBe(false)
      expect(card.customerRows).toEqual([])
      expect(card.predicts).toBe('y = yes')
    })
  }

  describe('bad files', () => {
    const savedP = trained('t', 'gbt')
    const reseal = async (edit: (m: ModelManifest, w: Uint8Array) => void): Promise<Uint8Array> => {
      const a = (await savedP).artifacts
      const { integrity: _i, ...body } = JSON.parse(JSON.stringify(a.manifest)) as ModelManifest
      const w = a.weightData.slice()
      edit(body as ModelManifest, w)
      body.weights.sha256 = await sha256Hex(w)
      const manifest = { ...body, integrity: { manifestSha256: await sha256Hex(JSON.stringify(body)) } } as ModelManifest
      return packArtifacts({ manifest, weightData: w })
    }
    const refused = async (bytes: Uint8Array): Promise<ModelFileError> => {
      const e = await parseModelFile(bytes, 'uplift.clmodel').catch((x: unknown) => x)
      expect(e).toBeInstanceOf(ModelFileError)
      // a sentence for the user, not a stack
      expect(renderMessage({ code: (e as ModelFileError).code, params: (e as ModelFileError).params }, 'en')).not.toMatch(/model\.error|at .*\.ts:/)
      return e as ModelFileError
    }

    it('cut short: truncated, with a code', async () => {
      const b = (await savedP).bytes
      const e = await refused(b.subarray(0, b.length - 100))
      expect(e.code).toMatch(/^model\.error\.(truncated|weight-bytes)$/)
    })

    it('the creatives edited in the manifest (hashes made consistent): they disagree with the models inside', async () => {
      const e = await refused(await reseal((m) => { (m.model as { arms: string[] }).arms = ['A', 'Z'] }))
      expect(e).toMatchObject({ code: 'model.error.model', pointer: '/model/arms' })
    })

    it('an unknown learner is a schema error naming the field', async () => {
      const e = await refused(await reseal((m) => { (m.model as { learner: string }).learner = 'q' }))
      expect(e).toMatchObject({ code: 'model.error.schema', pointer: '/model/learner' })
    })

    it('a tree whose child points back to its parent (a cycle would hang scoring) is refused before any scoring', async () => {
      const e = await refused(await reseal((m, w) => {
        let off = 0
        for (const s of m.weights.specs) {
          const bytes = s.shape.reduce((a, b) => a * b, 1) * (s.dtype === 'float64' ? 8 : 4)
          if (s.name === 'uplift/0/control/left') {
            const left = new Int32Array(w.buffer, w.byteOffset + off, bytes / 4)
            const k = left.findIndex((c) => c > 0)
            left[k] = k
            return
          }
          off += bytes
        }
        throw new Error('no left array for uplift/0/control')
      }))
      expect(e).toMatchObject({ code: 'model.error.model', pointer: '/model/uplift/models/0/parts/control/model/state' })
      expect(e.message).toMatch(/cycle/)
    })
  })
})
