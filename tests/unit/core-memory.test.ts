import { describe, expect, it } from 'vitest'
import { checkMemory, clusteringBytes, memoryBudget, STATED_BUDGET, trainingBytes } from '../../src/ml/core/memory'
import { msg, errorMessage } from '../../src/ml/core/message'
import { renderMessage } from '../../src/i18n/render'

const GiB = 1024 ** 3
const MiB = 1024 ** 2

describe('memory budget and estimates', () => {
  it('budget: a quarter of navigator.deviceMemory, between 256 MiB and 2 GiB; 2 GiB stated when unknown', () => {
    expect(memoryBudget(undefined)).toEqual({ bytes: 2 * GiB, source: 'stated' })
    expect(memoryBudget(4)).toEqual({ bytes: 1 * GiB, source: 'device' })
    expect(memoryBudget(8)).toEqual({ bytes: 2 * GiB, source: 'device' })
    expect(memoryBudget(0.5)).toEqual({ bytes: 256 * MiB, source: 'device' })
    expect(STATED_BUDGET).toBe(2 * GiB)
  })

  it('training: matrix × (1 + folds), SMOTE, KNN copies, SVM cache (hand-computed)', () => {
    // 45,211 rows × 50 encoded columns: matrix = 45,211·50·8 = 18,084,400 bytes
    const m = 45_211 * 50 * 8
    expect(trainingBytes({ rows: 45_211, features: 50, folds: 5, models: ['lr'] })).toBe(6 * m)
    // KNN adds two copies and a row of norms; SVM adds its 200 MB cache (n² float32 is larger) and α
    expect(trainingBytes({ rows: 45_211, features: 50, folds: 5, models: ['knn', 'svm'], smote: true })).toBe(7 * m + 2 * m + 45_211 * 8 + 200 * MiB + 45_211 * 8)
    // a small SVM: the n × n float32 kernel is under the cache cap
    expect(trainingBytes({ rows: 1000, features: 2, folds: 0, models: ['svm'] })).toBe(1000 * 2 * 8 + 1000 * 1000 * 4 + 1000 * 8)
  })

  it('clustering: silhouette sums over every cluster of every k, on a sample above 20,000 points', () => {
    // 10,000 × 3, k = 2..4 (Σk = 9): 2·240,000 + 3·40,000 + 10,000·4·8 + 10,000·9·8 + 10,000·3·4 + 10,000·3·8
    expect(clusteringBytes({ rows: 10_000, features: 3, ks: [2, 3, 4], silhouette: true })).toBe(480_000 + 120_000 + 320_000 + 720_000 + 120_000 + 240_000)
    // 1,000,000 points: the silhouette works on 10,000 of them
    const big = clusteringBytes({ rows: 1_000_000, features: 3, ks: [2, 3, 4], silhouette: true })
    expect(big).toBe(2 * 24e6 + 3 * 4e6 + 1e6 * 4 * 8 + 720_000 + 120_000 + 240_000)
  })

  it('refuses above the budget with both figures and the job, in a message code', () => {
    const need = trainingBytes({ rows: 2_000_000, features: 200, folds: 5, models: ['knn'] })
    let err: unknown
    try {
      checkMemory(msg('limits.job.training'), need, memoryBudget(4))
    } catch (e) {
      err = e
    }
    expect((err as { code?: string }).code).toBe('limits.memory.device')
    expect(renderMessage(errorMessage(err), 'en')).toMatch(/^Training would need about [\d.]+ GB of memory; this device can give a job about 1(\.\d)? GB/)
    expect(renderMessage(errorMessage(err), 'es')).toMatch(/^El entrenamiento necesitaría unos/)
    expect(() => checkMemory(msg('limits.job.training'), 100 * MiB, memoryBudget(4))).not.toThrow()
    expect(() => checkMemory(msg('limits.job.clustering'), 3 * GiB)).toThrow(/Clustering would need about .* over the 2(\.\d)? GB a job may use/)
  })
})
