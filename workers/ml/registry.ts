/**
 * The model registry in IndexedDB (store `models`, through workers/storage.ts and idb) as a
 * ModelStorageHandler (src/ml/modelfile/io.ts): the same save/load as a download or a file on disk.
 * It keeps the file's bytes (validated again on every load) and its list entry.
 */
import * as storage from '../storage'
import {
  packArtifacts, parseModelFile, registryConflict, registryEntry,
  type LoadedModel, type ModelSaveResult, type ModelStorageHandler, type RegistryEntry,
} from '../../src/ml/modelfile'

/** A model file kept in IndexedDB: the file's bytes + its list entry. */
export interface StoredModel {
  id: string
  entry: RegistryEntry
  fileName: string
  bytes: Uint8Array
  savedAt: number
}

export type RegistrySaveResult = ModelSaveResult & { entry: RegistryEntry; model: LoadedModel }

/**
 * `load`: the model stored under `id`. `save`: check the artifacts as any opened file is checked,
 * then store them under the file's SHA-256; a different model of the same name and kind is only
 * replaced when `replace` is set (else an Error the page turns into a Replace button).
 */
export function indexedDb(opts: { id?: string; fileName?: string; replace?: boolean }): ModelStorageHandler<RegistrySaveResult> {
  return {
    async save(artifacts) {
      const bytes = packArtifacts(artifacts)
      const fileName = opts.fileName ?? 'model.clmodel'
      const model = await parseModelFile(bytes, fileName)
      const entry = registryEntry(model)
      const all = await storage.getAll<StoredModel>('models')
      const conflict = registryConflict(all.map((s) => s.entry), entry).status
      if (conflict === 'same-name' && !opts.replace) {
        throw new Error(`A different model named "${entry.name}" is already saved. Choose "Replace" to overwrite it, or rename the model.`)
      }
      if (conflict === 'same-name') for (const s of all) if (s.entry.name === entry.name && s.id !== entry.id) await storage.remove('models', s.id)
      await storage.put<StoredModel>('models', { id: entry.id, entry, fileName, bytes, savedAt: Date.now() })
      return { fileName, byteLength: bytes.length, sha256: entry.id, entry, model }
    },
    async load() {
      const s = opts.id ? await storage.get<StoredModel>('models', opts.id) : undefined
      if (!s) throw new Error(`Model ${(opts.id ?? '').slice(0, 12)}… is not in this browser's registry any more.`)
      return parseModelFile(s.bytes, s.fileName)
    },
  }
}
