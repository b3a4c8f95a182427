/**
 * One storage-handler interface, three places: the Node file system (CLI), browser files (a Blob
 * delivered to the download helper / a dropped File) and the IndexedDB registry (its handler lives
 * in workers/ml/registry.ts over idb; tested in registry.test.ts and the e2e save/open flows).
 * The same artifacts saved through either handler are the same bytes and load back to the same scores.
 */
import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { browserFiles, ModelFileError, scoreTable, serializeModel } from '../../../src/ml/modelfile'
import { fileSystem } from '../../../src/ml/modelfile/node'
import { loadBank } from './helpers'
import { trainClassifier } from './models'

describe('model storage handlers', () => {
  it('file system and browser files write the same bytes and read back the same model', async () => {
    const saved = await serializeModel(await trainClassifier('gbt'))
    const path = join(mkdtempSync(join(tmpdir(), 'cl-io-')), 'gbt.clmodel')
    const fsResult = await fileSystem(path).save(saved.artifacts)
    expect(fsResult.sha256).toBe(saved.sha256)
    expect(new Uint8Array(readFileSync(path))).toEqual(saved.bytes)

    let delivered: { blob: Blob; name: string } | null = null
    const br = await browserFiles({ fileName: 'gbt.clmodel', deliver: (blob, name) => (delivered = { blob, name }) }).save(saved.artifacts)
    expect(br).toEqual({ fileName: 'gbt.clmodel', byteLength: saved.bytes.length, sha256: saved.sha256 })
    const blob = (delivered as unknown as { blob: Blob }).blob
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(saved.bytes)

    const { table } = await loadBank()
    const a = await fileSystem(path).load()
    const b = await browserFiles({ fileName: 'gbt.clmodel', file: blob }).load()
    expect(a.fileSha256).toBe(saved.sha256)
    expect(b.fileSha256).toBe(saved.sha256)
    expect(Array.from(scoreTable(b, table).probability!)).toEqual(Array.from(scoreTable(a, table).probability!))
    // a loaded model's artifacts save back to the same file
    expect((await fileSystem(path + '.copy').save(b.artifacts)).sha256).toBe(saved.sha256)
  })

  it('browser files: a file over the limit is refused by its size, never read', async () => {
    const huge = { size: 300 * 1024 ** 2, arrayBuffer: () => Promise.reject(new Error('must not be read')) }
    const err = await browserFiles({ fileName: 'huge.clmodel', file: huge }).load().catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ModelFileError)
    expect((err as ModelFileError).reason).toBe('too-large')
  })

  it('file system: a missing path and a directory are refused with the file named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cl-io-'))
    await expect(fileSystem(join(dir, 'nope.clmodel')).load()).rejects.toThrow(/nope\.clmodel: cannot be read \(ENOENT\)/)
    await expect(fileSystem(dir).load()).rejects.toThrow(/not a file/)
    writeFileSync(join(dir, 'empty.clmodel'), '')
    await expect(fileSystem(join(dir, 'empty.clmodel')).load()).rejects.toThrow(/empty/)
  })
})
