import { ResultCache } from '../../src/engine/cache'
import * as storage from '../storage'

/** The ml worker's one result cache, backed by the IndexedDB `results` store. */
export const results = new ResultCache({
  maxEntries: 8,
  backing: typeof indexedDB === 'undefined' ? null : {
    put: (rec) => storage.put('results', rec),
    get: (id) => storage.get('results', id),
    remove: (id) => storage.remove('results', id),
  },
})
