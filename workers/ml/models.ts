import type { HandlerTable } from '../protocol'
import { getTable, addDataset } from './tables'
import { results } from './cache'
import { idbModels } from './registry'
import { modelsEngine } from '../../src/engine/models'

export type { ScoreSummary } from '../../src/engine/models'

const engine = modelsEngine({ tables: getTable, results, registry: idbModels, addDataset })

/** The Models area's methods: the engine over this worker's tables, result cache and IndexedDB registry. */
export const modelsHandlers = engine.handlers satisfies HandlerTable

/** A registry model, parsed once and kept loaded (the campaign methods score with it). */
export const load = engine.load
