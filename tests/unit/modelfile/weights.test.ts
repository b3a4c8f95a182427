/**
 * Declared weights, bad input: a file whose weight specs do not match its bytes or the model's
 * declaration is refused with a message code naming the weight. Each case edits a saved file and
 * then makes everything else consistent again (byte count, both hashes), so only the check under
 * test stands between the file and the scorer.
 */
import { describe, expect, it } from 'vitest'
import { ModelFileError, packArtifacts, parseModelFile, serializeModel, sha256Hex, type ModelArtifacts, type ModelManifest, type SavedModelFile } from '../../../src/ml/modelfile'
import { renderMessage } from '../../../src/i18n/render'
import { splitWeights } from '../../../src/ml/core/estimator'
import { trainClassifier, type ClassifierName } from './models'

const savedFiles = new Map<ClassifierName, Promise<SavedModelFile>>()
const saved = (n: ClassifierName): Promise<SavedModelFile> => {
  let p = savedFiles.get(n)
  if (!p) savedFiles.set(n, (p = trainClassifier(n).then(serializeModel)))
  return p
}

type Specs = ModelManifest['weights']['specs']

/** A copy of a saved file's artifacts, edited, with byte count and hashes made consistent again. */
async function edited(n: ClassifierName, edit: (specs: Specs, data: Uint8Array) => Uint8Array | void): Promise<Uint8Array> {
  const a = (await saved(n)).artifacts
  const { integrity: _i, ...body } = JSON.parse(JSON.stringify(a.manifest)) as ModelManifest
  const data = edit(body.weights.specs, a.weightData.slice()) ?? a.weightData.slice()
  body.weights.byteLength = data.length
  body.weights.sha256 = await sha256Hex(data)
  const manifest = { ...body, integrity: { manifestSha256: await sha256Hex(JSON.stringify(body)) } } as ModelManifest
  const artifacts: ModelArtifacts = { manifest, weightData: data }
  return packArtifacts(artifacts)
}

const grow = (d: Uint8Array, by: number): Uint8Array => {
  const out = new Uint8Array(d.length + by)
  out.set(d)
  return out
}

interface Case {
  name: string
  model: ClassifierName
  edit: (specs: Specs, data: Uint8Array) => Uint8Array | void
  code: string
  weight: string
  message: RegExp
}

// LR: one weight, "estimator/coef", float64 [50]; KNN: "estimator/X" float64 [603, 50] and "estimator/y" uint8 [603]
const CASES: Case[] = [
  {
    name: 'too few bytes (the last 8 cut off)', model: 'lr', edit: (_s, d) => d.slice(0, d.length - 8),
    code: 'model.error.weight-bytes', weight: 'estimator/coef', message: /weight "estimator\/coef" \(float64 \[50\]\) needs 400 bytes, but only 392 are left/,
  },
  {
    name: 'too many bytes (8 after the last weight)', model: 'lr', edit: (_s, d) => grow(d, 8),
    code: 'model.error.weight-extra', weight: 'estimator/coef', message: /8 bytes follow the last weight \("estimator\/coef"\)/,
  },
  {
    name: 'a dtype we do not know', model: 'lr', edit: (s) => { (s[0] as { dtype: string }).dtype = 'float16' },
    code: 'model.error.weight-dtype', weight: 'estimator/coef', message: /weight "estimator\/coef" has dtype "float16"; known: float64, float32, int32, uint8/,
  },
  {
    name: 'a shape larger than the data (1-D)', model: 'lr', edit: (s) => { s[0].shape = [51] },
    code: 'model.error.weight-bytes', weight: 'estimator/coef', message: /"estimator\/coef" \(float64 \[51\]\) needs 408 bytes, but only 400 are left/,
  },
  {
    name: 'a shape larger than the data (training rows × inputs)', model: 'knn', edit: (s) => { s[0].shape = [603, 60] },
    code: 'model.error.weight-bytes', weight: 'estimator/X', message: /"estimator\/X" \(float64 \[603, 60\]\) needs 289440 bytes, but only 241803 are left/,
  },
  {
    name: 'a shape other than the model declares (same size)', model: 'knn', edit: (s) => { s[0].shape = [50, 603] },
    code: 'model.error.weight-shape', weight: 'estimator/X', message: /weight "estimator\/X" has shape \[50, 603\]; the model declares \[603, 50\]/,
  },
  {
    name: 'a known dtype other than the declared one (same bytes)', model: 'lr', edit: (s) => { s[0].dtype = 'int32'; s[0].shape = [100] },
    code: 'model.error.weight-dtype-mismatch', weight: 'estimator/coef', message: /weight "estimator\/coef" is stored as int32; the model declares float64/,
  },
  {
    name: 'a declared weight missing', model: 'knn', edit: (s, d) => { s.pop(); return d.slice(0, d.length - 603) },
    code: 'model.error.weight-missing', weight: 'estimator/y', message: /the model needs weight "estimator\/y" \(uint8\), which the file does not hold/,
  },
  {
    name: 'a weight the model does not declare', model: 'lr', edit: (s, d) => { s.push({ name: 'estimator/extra', dtype: 'int32', shape: [2] }); return grow(d, 8) },
    code: 'model.error.weight-unexpected', weight: 'estimator/extra', message: /weight "estimator\/extra" is not one the model declares/,
  },
]

describe('weight specs that do not match the bytes or the declaration are refused, naming the weight', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const err = await parseModelFile(await edited(c.model, c.edit), 'bad.clmodel').catch((e: unknown) => e)
      expect(err).toBeInstanceOf(ModelFileError)
      const e = err as ModelFileError
      expect(e.code).toBe(c.code)
      expect(e.params.weight).toBe(c.weight)
      expect(e.message).toMatch(/^bad\.clmodel: /)
      expect(e.message).toMatch(c.message)
      // the app shows the code in either language, with the weight named
      for (const lang of ['en', 'es'] as const) {
        const text = renderMessage({ code: e.code, params: e.params }, lang)
        expect(text).toContain(`"${c.weight}"`)
        expect(text).not.toMatch(/\{\w+\}/)
      }
    })
  }

  it('the unedited file passes the same path (edit that changes nothing)', async () => {
    await expect(parseModelFile(await edited('knn', () => undefined), 'ok.clmodel')).resolves.toBeTruthy()
  })

  it('each estimator declares its weights: names, dtypes and shapes', async () => {
    const shapes = async (n: ClassifierName) => splitWeights((await trainClassifier(n)).estimator.toJSON()).weights.map((w) => `${w.spec.name}:${w.spec.dtype}[${w.spec.shape.join(',')}]`)
    expect(await shapes('lr')).toEqual(['coef:float64[50]'])
    expect(await shapes('knn')).toEqual(['X:float64[603,50]', 'y:uint8[603]'])
    expect(await shapes('mlp')).toEqual(['weights/0:float32[50,8]', 'weights/1:float32[8,1]', 'biases/0:float32[8]', 'biases/1:float32[1]'])
    const vote = await shapes('vote-soft')
    expect(vote[0]).toBe('members/0/coef:float64[50]')
    expect(vote.slice(1).every((s) => s.startsWith('members/1/'))).toBe(true)
    expect((await shapes('gbt')).map((s) => s.split(':')[0])).toEqual(['roots', 'feature', 'threshold', 'left', 'right', 'value'])
  })
})
