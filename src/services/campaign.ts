import { msg, type Label } from '@/ml/core/message'
import { mlWorker } from './engine'
import { ensureTable } from './ml'
import { tracked } from './jobs'
import type {
  AudienceArgs, AudienceSummary, GroupsArgs, GroupsSummary, DesignArgs, DesignSummary, ExportFile, ResultsArgs, FollowUpArgs, SaveArgs, LoadedCampaign, KeptCampaign,
  BudgetArgs,
} from '../../workers/ml/campaign'
import type { AbResults, BudgetPlan, FollowUpResult, SensitiveFlag } from '@/ml/campaign'

export type { AudienceSummary, GroupsSummary, DesignSummary, ExportFile, LoadedCampaign, KeptCampaign }

/**
 * Typed calls to the campaign methods of the ml worker. The worker keeps the campaign being built
 * (audience rows, groups, assignment, results); these return summaries. Datasets are copied into
 * the ml worker first; no TF.js backend is needed (campaign work is plain TypeScript).
 */
async function call<T>(label: Label, method: string, args: object, datasets: string[] = []): Promise<T> {
  for (const id of datasets) await ensureTable(id)
  return tracked(label, (onProgress) => mlWorker.call<T>(method, args as Record<string, unknown>, { onProgress }))
}

export const audience = (args: AudienceArgs): Promise<AudienceSummary> =>
  call(msg('job.campaign.audience'), 'campaign.audience', args, [args.datasetId, ...(args.suppression ? [args.suppression.datasetId] : [])])

export const groups = (args: GroupsArgs): Promise<GroupsSummary> => call(msg('job.campaign.groups'), 'campaign.groups', args, [args.datasetId])

export const ungroup = (): Promise<boolean> => mlWorker.call<boolean>('campaign.ungroup', {}).promise

export const design = (args: DesignArgs): Promise<DesignSummary> => call(msg('job.campaign.design'), 'campaign.design', args)

/** Quick (a few ms): not listed in the job panel. */
export const exports = (prefix: string, groupNames?: string[]): Promise<{ files: ExportFile[]; assignment: ExportFile }> =>
  mlWorker.call<{ files: ExportFile[]; assignment: ExportFile }>('campaign.exports', { prefix, groupNames }).promise

export const budget = (args: BudgetArgs): Promise<BudgetPlan> =>
  call(msg('job.campaign.budget'), 'campaign.budget', args)

export const flags = (modelFeatures: string[], extraColumns: string[] = []): Promise<{ flags: SensitiveFlag[]; selectionColumns: string[] }> =>
  call(msg('job.campaign.flags'), 'campaign.flags', { modelFeatures, extraColumns })


export const results = (args: ResultsArgs): Promise<AbResults> => call(msg('job.campaign.results'), 'campaign.results', args, [args.datasetId])

export const followUp = (args: FollowUpArgs): Promise<FollowUpResult> => call(msg('job.campaign.followUp'), 'campaign.followUp', args, [args.datasetId])

export const save = (args: SaveArgs): Promise<{ text: string; bytes: number; customers: number }> => call(msg('job.campaign.save'), 'campaign.save', args)

export const load = (text: string, fileName: string): Promise<LoadedCampaign> => call(msg('job.campaign.load'), 'campaign.load', { text, fileName })

/** The campaign document kept in this browser (IndexedDB): keep, look up, restore, forget. */
export const keep = (text: string, name: string): Promise<KeptCampaign> => mlWorker.call<KeptCampaign>('campaign.keep', { text, name }).promise
export const kept = (): Promise<KeptCampaign | null> => mlWorker.call<KeptCampaign | null>('campaign.kept', {}).promise
export const restore = (): Promise<LoadedCampaign> => call(msg('job.campaign.restore'), 'campaign.restore', {})
export const forget = (): Promise<boolean> => mlWorker.call<boolean>('campaign.forget', {}).promise

