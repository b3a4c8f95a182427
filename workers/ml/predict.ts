import type { HandlerTable } from '../protocol'
import { getTable, addDataset } from './tables'
import { results } from './cache'
import { poolRunner, poolSize } from './pool'
import { predictEngine } from '../../src/engine/predict'

export type { InspectArgs, TrainArgs, ExportArgs, SaveArgs } from '../../src/engine/predict'

/** The Predict area's methods: the engine over this worker's tables, result cache and fit pool. */
export const predictHandlers = predictEngine({ tables: getTable, results, runner: poolRunner, fitWorkers: poolSize, addDataset }) satisfies HandlerTable
