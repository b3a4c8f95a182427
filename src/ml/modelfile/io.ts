/**
 * Where model files are kept, after tfjs-core's IOHandler: one interface, `save(artifacts)` and
 * `load()`, with one implementation per place — a browser download / dropped File (here), the
 * IndexedDB registry (workers/ml/registry.ts) and the Node file system (node.ts, the CLI). Every
 * `load` goes through parseModelFile (size limit first, then every check); every `save` writes
 * packArtifacts(artifacts), so all three hold the same bytes for the same model.
 */
import type { LoadedModel } from './format'
import { packArtifacts } from './container'
import { ModelFileError } from './errors'
import { sha256Hex } from './hash'
import { MAX_MODEL_FILE_BYTES, type ModelArtifacts } from './types'

export interface ModelSaveResult {
  fileName: string
  byteLength: number
  /** SHA-256 of the file written: what a colleague compares */
  sha256: string
}

export interface ModelStorageHandler<S extends ModelSaveResult = ModelSaveResult> {
  save(artifacts: ModelArtifacts): Promise<S>
  load(): Promise<LoadedModel>
}

/** A file-like source: a browser File/Blob (its size is known before a byte is read). */
export interface BlobLike {
  size: number
  arrayBuffer(): Promise<ArrayBuffer>
}

/**
 * Browser files: `load` reads a dropped or picked File (refused by its size before it is read);
 * `save` hands the file as a Blob to `deliver` (the page's download helper: src/ml has no DOM).
 */
export function browserFiles(opts: { fileName: string; file?: BlobLike; deliver?: (blob: Blob, fileName: string) => void; limit?: number }): ModelStorageHandler {
  const limit = opts.limit ?? MAX_MODEL_FILE_BYTES
  return {
    async save(artifacts) {
      if (!opts.deliver) throw new Error('browserFiles: nowhere to deliver the file (no `deliver`)')
      const bytes = packArtifacts(artifacts)
      opts.deliver(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }), opts.fileName)
      return { fileName: opts.fileName, byteLength: bytes.length, sha256: await sha256Hex(bytes) }
    },
    async load() {
      const f = opts.file
      if (!f) throw new ModelFileError(opts.fileName, 'not-a-model', '', 'no file was given')
      // loaded on demand: the page saves through this handler without bundling the model code
      const { checkModelFileSize, parseModelFile } = await import('./format')
      checkModelFileSize(opts.fileName, f.size, limit)
      return parseModelFile(f, opts.fileName, limit)
    },
  }
}
