import { msg, type Label } from '@/ml/core/message'
import { ml } from './engine'
import { complete } from './data'
import { onDatasets } from './ml'
import type { Job } from '../../workers/protocol'
import type {
  AudienceArgs, AudienceSummary, GroupsArgs, GroupsSummary, DesignArgs, DesignSummary, ExportFile, ResultsArgs, FollowUpArgs, SaveArgs, LoadedCampaign, KeptCampaign,
  BudgetArgs, BudgetResult, UpliftPlanArgs, UpliftPlanSummary, ReevalArgs, ReevalSummary, LabelledArgs,
} from '../../workers/ml/campaign'
import type { ResultsReport, FollowUpResult, SensitiveFlag } from '@/ml/campaign'

export type { BudgetResult, AudienceSummary, GroupsSummary, DesignSummary, ExportFile, LoadedCampaign, KeptCampaign, UpliftPlanSummary, ReevalArgs, ReevalSummary }

/**
 * Typed calls to the campaign methods of the ml worker. The worker keeps the campaign being built
 * (audience rows, groups, assignment, results); these return summaries. Datasets are copied into
 * the ml worker first; no TF.js backend is needed (campaign work is plain TypeScript).
 */
function onJob<T>(label: Label, start: (onProgress: (f: number, m?: string) => void) => Job<T>, datasets: (string | undefined)[] = []): Promise<T> {
  return onDatasets(label, datasets, start, { backend: false })
}

export const audience = (args: AudienceArgs): Promise<AudienceSummary> =>
  onJob(msg('job.campaign.audience'), (onProgress) => ml.campaign.audience(args, { onProgress }), [args.datasetId, args.suppression?.datasetId])

export const groups = (args: GroupsArgs): Promise<GroupsSummary> => onJob(msg('job.campaign.groups'), (onProgress) => ml.campaign.groups(args, { onProgress }), [args.datasetId])

export const ungroup = (): Promise<boolean> => ml.campaign.ungroup().promise

export const design = (args: DesignArgs): Promise<DesignSummary> => onJob(msg('job.campaign.design'), (onProgress) => ml.campaign.design(args, { onProgress }))

/** Quick (a few ms): not listed in the job panel. */
export const exports = (prefix: string, groupNames?: string[], columns?: string[]): Promise<{ files: ExportFile[]; assignment: ExportFile }> =>
  ml.campaign.exports({ prefix, groupNames, columns }).promise

export const budget = (args: BudgetArgs): Promise<BudgetResult> =>
  onJob(msg('job.campaign.budget'), (onProgress) => ml.campaign.budget(args, { onProgress }))

export const flags = (modelFeatures: string[], extraColumns: string[] = []): Promise<{ flags: SensitiveFlag[]; selectionColumns: string[] }> =>
  onJob(msg('job.campaign.flags'), (onProgress) => ml.campaign.flags({ modelFeatures, extraColumns }, { onProgress }))

export const results = (args: ResultsArgs): Promise<ResultsReport> => onJob(msg('job.campaign.results'), (onProgress) => ml.campaign.results(args, { onProgress }), [args.datasetId])

/** Who to contact next: a T-learner (logistic regression) on the tested customers scores the rest of the audience. */
export const upliftPlan = (args: UpliftPlanArgs): Promise<UpliftPlanSummary> =>
  onJob(msg('uplift.report.job'), (onProgress) => ml.campaign.upliftPlan(args, { onProgress }))

/** The "who to contact next" model as a model file's artifacts (for the Models registry or a download). */
export const upliftModelFile = (name: string) => ml.campaign.upliftModelFile({ name }).promise

/** The last roll-out list as CSV (quick: not listed in the job panel). */
export const rolloutExport = (prefix: string): Promise<ExportFile> => ml.campaign.rolloutExport({ prefix }).promise

export const followUp = (args: FollowUpArgs): Promise<FollowUpResult> => onJob(msg('job.campaign.followUp'), (onProgress) => ml.campaign.followUp(args, { onProgress }), [args.datasetId])

/** The 3-month re-evaluation: predicted against observed per creative and group. */
export const reeval = (args: ReevalArgs): Promise<ReevalSummary> =>
  onJob(msg('job.campaign.reeval'), (onProgress) => ml.campaign.reeval(args, { onProgress }), [args.followUp?.datasetId])

/** The contacted customers with their observed outcome as the model's target: a new workspace dataset. */
export const labelled = async (args: LabelledArgs) =>
  complete(await onJob(msg('job.campaign.labelled'), (onProgress) => ml.campaign.labelled(args, { onProgress }), [args.followUp?.datasetId]))

export const save = (args: SaveArgs): Promise<{ text: string; bytes: number; customers: number }> => onJob(msg('job.campaign.save'), (onProgress) => ml.campaign.save(args, { onProgress }))

export const load = (text: string, fileName: string): Promise<LoadedCampaign> => onJob(msg('job.campaign.load'), (onProgress) => ml.campaign.load({ text, fileName }, { onProgress }))

/** The campaign document kept in this browser (IndexedDB): keep, look up, restore, forget. */
export const keep = (text: string, name: string): Promise<KeptCampaign> => ml.campaign.keep({ text, name }).promise
export const kept = (): Promise<KeptCampaign | null> => ml.campaign.kept().promise
export const restore = (): Promise<LoadedCampaign> => onJob(msg('job.campaign.restore'), (onProgress) => ml.campaign.restore(undefined, { onProgress }))
export const forget = (): Promise<boolean> => ml.campaign.forget().promise

