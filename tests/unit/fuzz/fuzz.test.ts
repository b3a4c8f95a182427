/**
 * Seeded fuzzing of the entry points that read untrusted bytes: the file parser (delimited text,
 * JSON, gzip and xlsx containers) and the model-file loader. Each case is small and bounded; the
 * property is that bad input ends in the module's own error type (DataError / ModelFileError) with
 * a message, never in a TypeError, a RangeError from deep inside or a hang.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { gzipSync, zipSync, strToU8 } from 'fflate'
import { parseFile } from '../../../src/data/parse'
import { DataError } from '../../../src/data/errors'
import { gunzipNode, readXlsxNode } from '../../../src/data/node'
import { ModelFileError, parseModelFile, serializeModel, MODEL_MAGIC, packArtifacts, sha256Hex, type ModelManifest } from '../../../src/ml/modelfile'
import { trainClassifier } from '../modelfile/models'

const SEED = 20261207
const opts = { readXlsx: readXlsxNode, gunzip: gunzipNode }

async function outcome(p: Promise<unknown>): Promise<'ok' | 'expected-error' | string> {
  try {
    await p
    return 'ok'
  } catch (e) {
    if (e instanceof DataError || e instanceof ModelFileError) return e.message.length > 0 ? 'expected-error' : 'empty message'
    return `unexpected ${(e as Error)?.name}: ${(e as Error)?.message}`
  }
}

const textArb = fc.string({ unit: fc.constantFrom('a', '1', '2', '.', ',', ';', '\t', '|', '"', '\n', '\r', ' ', 'é', '€', '-', '=', '{', '}', '[', ']', ':', '\u0000'), maxLength: 300 })

describe('fuzzing the file parser (seeded)', () => {
  it('delimited and JSON-looking text never throws anything but a DataError', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, fc.constantFrom('x.csv', 'x.tsv', 'x.json', 'x.txt'), async (text, name) => {
        const r = await outcome(parseFile(strToU8(text), name, opts))
        expect(r === 'ok' || r === 'expected-error', r).toBe(true)
      }),
      { seed: SEED, numRuns: 300 },
    )
  })

  it('random bytes, gzip of random text and truncated gzip', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), textArb, fc.nat(), async (bytes, text, cut) => {
        for (const [b, name] of [[bytes, 'x.csv'], [gzipSync(strToU8(text)), 'x.csv.gz']] as const) {
          const whole = await outcome(parseFile(b, name, opts))
          expect(whole === 'ok' || whole === 'expected-error', whole).toBe(true)
          const part = b.subarray(0, cut % (b.length + 1))
          const r = await outcome(parseFile(part, name, opts))
          expect(r === 'ok' || r === 'expected-error', r).toBe(true)
        }
      }),
      { seed: SEED, numRuns: 150 },
    )
  })

  it('zip containers named .xlsx that are not workbooks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('a.xml', '[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'), textArb, { maxKeys: 4 }), async (files) => {
        const zip = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))
        const r = await outcome(parseFile(zip, 'x.xlsx', opts))
        expect(r === 'ok' || r === 'expected-error', r).toBe(true)
      }),
      { seed: SEED, numRuns: 60 },
    )
  })
})

describe('fuzzing the model-file loader (seeded)', () => {
  it('flipped bytes, cut files and edited manifests end in a ModelFileError', async () => {
    const good = (await serializeModel(await trainClassifier('tree'))).bytes
    const nl = good.indexOf(10, MODEL_MAGIC.length)
    const manifestText = new TextDecoder().decode(good.subarray(MODEL_MAGIC.length, nl))
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.nat(), textArb, async (pos, flip, cut, junk) => {
        const flipped = good.slice()
        flipped[pos % flipped.length] ^= flip
        const edited = strToU8(MODEL_MAGIC + manifestText.slice(0, pos % manifestText.length) + junk + manifestText.slice(pos % manifestText.length) + '\n')
        for (const b of [flipped, good.subarray(0, cut % good.length), edited]) {
          const r = await outcome(parseModelFile(b, 'fuzz.clmodel'))
          expect(r === 'ok' || r === 'expected-error', r).toBe(true)
        }
      }),
      { seed: SEED, numRuns: 200 },
    )
  }, 60_000)
  it('weight specs edited at random, hashes recomputed (forged), end in a ModelFileError or a model that loads', async () => {
    const saved = await serializeModel(await trainClassifier('vote-soft'))
    const { integrity: _i, ...body } = saved.artifacts.manifest
    const names = body.weights.specs.map((x) => x.name)
    const specArb = fc.record({
      name: fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 12 })),
      dtype: fc.constantFrom('float64', 'float32', 'int32', 'uint8', 'float16', 'bool', ''),
      shape: fc.array(fc.nat({ max: 3000 }), { maxLength: 3 }),
    })
    await fc.assert(
      fc.asyncProperty(fc.nat(), specArb, fc.integer({ min: -64, max: 64 }), async (at, spec, extra) => {
        const b = JSON.parse(JSON.stringify(body)) as typeof body
        const specs = b.weights.specs as unknown as Array<Record<string, unknown>>
        specs[at % specs.length] = spec
        const w = saved.artifacts.weightData
        const data = extra >= 0 ? new Uint8Array([...w, ...new Uint8Array(extra)]) : w.slice(0, w.length + extra)
        b.weights.byteLength = data.length
        b.weights.sha256 = await sha256Hex(data)
        const manifest = { ...b, integrity: { manifestSha256: await sha256Hex(JSON.stringify(b)) } } as ModelManifest
        const r = await outcome(parseModelFile(packArtifacts({ manifest, weightData: data }), 'forged.clmodel'))
        expect(r === 'ok' || r === 'expected-error', r).toBe(true)
      }),
      { seed: SEED, numRuns: 150 },
    )
  }, 60_000)
})
