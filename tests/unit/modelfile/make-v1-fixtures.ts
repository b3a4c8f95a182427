/**
 * Wrote tests/fixtures/modelfile/v1/: model files of format version 1 as the code saved them before
 * weights were declared per estimator (weights found by a heuristic), with the scores that code gave
 * for the first 20 rows. The migration test (v1-compat.test.ts) opens them with today's code.
 * Kept for the record: running it now would write files in the current format, not version 1.
 *   npx tsx tests/unit/modelfile/make-v1-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MODEL_FORMAT_VERSION, parseModelFile, scoreTable, serializeModel, type SaveInput } from '../../../src/ml/modelfile'
import { FIXTURES, loadBank, loadRfm } from './helpers'
import { trainClassifier, trainKMeans, trainRegression, type ClassifierName } from './models'

const N = 20
const CLASSIFIERS: ClassifierName[] = ['lr', 'tree', 'rf', 'gbt', 'mlp', 'knn', 'svm', 'vote-soft']

async function main(): Promise<void> {
  // the fixtures are the record of version 1: never overwrite them with files of a later format
  if ((MODEL_FORMAT_VERSION as number) !== 1) throw new Error(`make-v1-fixtures: this code writes format version ${MODEL_FORMAT_VERSION}; the version-1 fixtures stay as committed`)
  const dir = join(FIXTURES, 'v1')
  mkdirSync(dir, { recursive: true })
  const { table } = await loadBank()
  const rfm = await loadRfm()
  const scores: Record<string, number[]> = {}
  const write = async (name: string, input: SaveInput): Promise<void> => {
    const saved = await serializeModel(input)
    writeFileSync(join(dir, `${name}.clmodel`), saved.bytes)
    const loaded = await parseModelFile(saved.bytes, `${name}.clmodel`)
    const r = scoreTable(loaded, input.kind === 'kmeans' ? rfm : table, { reasons: 0 })
    const v = r.probability ?? r.prediction ?? r.cluster
    scores[name] = Array.from(v!.subarray(0, N))
  }
  for (const c of CLASSIFIERS) await write(c, await trainClassifier(c))
  await write('ols', await trainRegression())
  await write('kmeans', (await trainKMeans()).input)
  writeFileSync(join(dir, 'scores.json'), JSON.stringify({ rows: N, note: 'first 20 rows of bank_sample.csv (rfm_sample.csv for kmeans), scored by the code that wrote the files', scores }, null, 1) + '\n')
}

void main()
