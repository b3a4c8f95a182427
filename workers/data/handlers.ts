import type { HandlerTable } from '../protocol'
import * as storage from '../storage'
import { dataEngine } from '../../src/engine/data'

/** The Data area's methods: the engine over IndexedDB, plus the browser's storage estimate. */
export const dataHandlers = {
  ...dataEngine(storage),
  storage: () => storage.estimate(),
} satisfies HandlerTable

export type DataHandlers = typeof dataHandlers
