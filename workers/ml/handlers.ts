import type { HandlerTable } from '../protocol'
import { initBackend, type BackendChoice } from '../backend'
import { backendSelfTest } from '../selftest'
import { ensureTable, dropTable } from './tables'
import { predictHandlers } from './predict'
import { segmentHandlers } from './segment'
import { patternsHandlers } from './patterns'
import { campaignHandlers } from './campaign'
import { modelsHandlers } from './models'

/** The ml worker's methods, by area; the page's client is typed from `typeof mlHandlers`. */
export const mlHandlers = {
  init: (args: { backend: BackendChoice }) => initBackend(args.backend),
  selfTest: () => backendSelfTest(),
  /** the dataset's columns, fetched from the data worker over their channel when not held yet */
  ensureTable: (args: { id: string }) => ensureTable(args.id),
  dropTable: (args: { id: string }) => dropTable(args.id),
  predict: predictHandlers,
  segment: segmentHandlers,
  patterns: patternsHandlers,
  campaign: campaignHandlers,
  models: modelsHandlers,
} satisfies HandlerTable

export type MlHandlers = typeof mlHandlers
