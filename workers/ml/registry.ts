/**
 * The model registry's store in IndexedDB (store `models`, through workers/storage.ts and idb),
 * and the registry as a ModelStorageHandler over it (src/engine/models.ts): the same save/load as
 * a download or a file on disk. It keeps the file's bytes (validated again on every load) and its
 * list entry.
 */
import * as storage from '../storage'
import { registryHandler, type ModelStore, type StoredModel } from '../../src/engine/models'

export type { StoredModel, RegistrySaveResult } from '../../src/engine/models'

export const idbModels: ModelStore = {
  getAll: () => storage.getAll<StoredModel>('models'),
  get: (id) => storage.get<StoredModel>('models', id),
  put: (s) => storage.put<StoredModel>('models', s),
  remove: (id) => storage.remove('models', id),
}

/** The registry in this browser as a storage handler (see registryHandler). */
export const indexedDb = (opts: { id?: string; fileName?: string; replace?: boolean }) => registryHandler(idbModels, opts)
