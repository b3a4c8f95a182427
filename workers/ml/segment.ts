import type { HandlerTable } from '../protocol'
import { getTable, addDataset } from './tables'
import { results } from './cache'
import { segmentEngine } from '../../src/engine/segment'

export type { RfmArgs, TableArgs, ClusterArgs, ClvArgs, MapArgs, FeatureStat } from '../../src/engine/segment'

/** The Segment area's methods: the engine over this worker's tables and result cache. */
export const segmentHandlers = segmentEngine({ tables: getTable, results, addDataset }) satisfies HandlerTable
