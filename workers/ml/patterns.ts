import type { HandlerTable } from '../protocol'
import { getTable } from './tables'
import { results } from './cache'
import { patternsEngine } from '../../src/engine/patterns'

export type { LogSource, MineArgs, ViewArgs, SegmentArgs, HistoryArgs } from '../../src/engine/patterns'

/** The Patterns area's methods: the engine over this worker's tables and result cache. */
export const patternsHandlers = patternsEngine({ tables: getTable, results }) satisfies HandlerTable
