import { describe, expect, it } from 'vitest'
import { ModelFileError, packArtifacts, parseModelFile, serializeModel, sha256Hex, type ModelManifest, type SaveInput } from '../../../src/ml/modelfile'
import { loadEstimator, type Classifier } from '../../../src/ml/core/estimator'
import { MAX_OPS_PER_ROW } from '../../../src/ml/modelfile/semantic'
import { trainClassifier, type ClassifierName } from './models'

/**
 * A forged model file: the hashes are recomputed (as anyone can), so only the semantic checks stand
 * between it and the scorer. Each case edits a copy of a trained model and saves it as the app would.
 */
async function forged(name: ClassifierName, edit: (est: Record<string, unknown>) => void): Promise<unknown> {
  const input = await trainClassifier(name)
  const est = loadEstimator(input.estimator.toJSON()) as Classifier
  edit(est as unknown as Record<string, unknown>)
  const saved = await serializeModel({ ...input, estimator: est } as SaveInput)
  try {
    await parseModelFile(saved.bytes, 'forged.clmodel')
    return null
  } catch (e) {
    return e
  }
}

describe('semantic checks of model files (after the integrity check)', () => {
  it('every kind trained here loads', async () => {
    for (const n of ['lr', 'knn', 'tree', 'svm', 'svm-linear', 'rf', 'gbt', 'mlp', 'vote-soft', 'vote-hard'] as ClassifierName[]) {
      const saved = await serializeModel(await trainClassifier(n))
      await expect(parseModelFile(saved.bytes, `${n}.clmodel`)).resolves.toBeTruthy()
    }
  }, 60_000)

  const cases: Array<{ name: string; model: ClassifierName; edit: (e: Record<string, unknown>) => void; message: RegExp; pointer: string }> = [
    { name: 'KNN with k = 10^9 (more neighbours than training rows)', model: 'knn', edit: (e) => ((e.options as Record<string, unknown>).k = 1e9), message: /k \(neighbours\) must be a whole number from 1 to/, pointer: '/model/estimator/params/k' },
    { name: 'KNN with k = 0', model: 'knn', edit: (e) => ((e.options as Record<string, unknown>).k = 0), message: /k/, pointer: '/model/estimator' },
    { name: 'a NaN tree threshold (scored everyone "likely, 100 %")', model: 'tree', edit: (e) => ((e.threshold as Float64Array)[0] = NaN), message: /value 0 is NaN: a model's weights must be finite/, pointer: '/model/estimator/threshold' },
    { name: 'an infinite logistic coefficient', model: 'lr', edit: (e) => ((e.coef as Float64Array)[2] = Infinity), message: /value 2 is Infinity/, pointer: '/model/estimator/coef' },
    { name: 'a NaN logistic intercept (written as null in JSON)', model: 'lr', edit: (e) => (e.intercept = NaN), message: /intercept|null|number/, pointer: '/model/estimator' },
    { name: 'a NaN leaf value in a forest', model: 'rf', edit: (e) => ((e.value as Float64Array)[3] = NaN), message: /value 3 is NaN/, pointer: '/model/estimator/value' },
    { name: 'an infinite boosting baseline', model: 'gbt', edit: (e) => (e.baseline = -Infinity), message: /empty \(null\): expected a finite number/, pointer: '/model/estimator/baseline' },
    { name: 'an SVM with a NaN support vector', model: 'svm', edit: (e) => ((e.sv as Float64Array)[0] = NaN), message: /value 0 is NaN/, pointer: '/model/estimator/sv' },
    { name: 'a NaN weight inside a vote member', model: 'vote-soft', edit: (e) => (((e.members as Array<{ estimator: Record<string, unknown> }>)[1].estimator.value as Float64Array)[0] = NaN), message: /value 0 is NaN/, pointer: '/model/estimator/members/1/estimator/value' },
  ]
  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const err = await forged(c.model, c.edit)
      expect(err).toBeInstanceOf(ModelFileError)
      expect((err as ModelFileError).reason).toBe('model')
      expect((err as ModelFileError).message).toMatch(c.message)
      expect((err as ModelFileError).pointer).toBe(c.pointer)
    })
  }

  it('refuses a network whose layer sizes do not match its weights (the declared shapes)', async () => {
    // the app cannot write such a file (its shapes come from the sizes): edit a saved one, rehash it
    const saved = await serializeModel(await trainClassifier('mlp'))
    const manifest = JSON.parse(JSON.stringify(saved.artifacts.manifest)) as { model: { estimator: { state: { sizes: number[] } } }; integrity?: unknown }
    manifest.model.estimator.state.sizes[1] = 5000
    delete manifest.integrity
    const sealed = { ...manifest, integrity: { manifestSha256: await sha256Hex(JSON.stringify(manifest)) } }
    const err = await parseModelFile(packArtifacts({ manifest: sealed as unknown as ModelManifest, weightData: saved.artifacts.weightData }), 'forged.clmodel').catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ModelFileError)
    expect((err as ModelFileError).code).toBe('model.error.weight-shape')
    expect((err as ModelFileError).params.weight).toBe('estimator/weights/0')
    expect((err as ModelFileError).message).toMatch(/weight "estimator\/weights\/0" has shape \[50, 8\]; the model declares \[50, 5000\]/)
  })

  it('states the per-row budget', () => {
    expect(MAX_OPS_PER_ROW).toBe(50_000_000)
  })
})
