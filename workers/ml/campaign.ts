import type { HandlerTable } from '../protocol'
import { getTable, addDataset } from './tables'
import * as storage from '../storage'
import { load as loadModel } from './models'
import { campaignEngine, type KeptRecord } from '../../src/engine/campaign'

export type {
  AudienceArgs, AudienceSummary, GroupsArgs, GroupsSummary, DesignArgs, DesignSummary, ExportFile, ResultsArgs, FollowUpArgs, SaveArgs, LoadedCampaign, KeptCampaign,
  BudgetArgs, BudgetResult, UpliftPlanArgs, UpliftPlanSummary, ReevalArgs, ReevalSummary, LabelledArgs,
} from '../../src/engine/campaign'

/** The Campaign area's methods: the engine over this worker's tables, the model registry and IndexedDB's `results` store. */
export const campaignHandlers = campaignEngine({
  tables: getTable, addDataset, loadModel,
  kept: { put: (rec) => storage.put('results', rec), get: (id) => storage.get<KeptRecord>('results', id), remove: (id) => storage.remove('results', id) },
}) satisfies HandlerTable
