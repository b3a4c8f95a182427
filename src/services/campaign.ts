import { ml } from './engine'
import { onDatasets } from './ml'
import type { Job } from '../../workers/protocol'
import type {
  AudienceArgs, AudienceSummary, GroupsArgs, GroupsSummary, DesignArgs, DesignSummary, ExportFile, ResultsArgs, FollowUpArgs, SaveArgs, LoadedCampaign, KeptCampaign,
  BudgetArgs, Relabeled,
} from '../../workers/ml/campaign'
import type { AbResults, BudgetPlan, FollowUpResult, SensitiveFlag } from '@/ml/campaign'
import type { Lang } from '@/ml/campaign/lang'

export type { AudienceSummary, GroupsSummary, DesignSummary, ExportFile, LoadedCampaign, KeptCampaign, Relabeled, Lang }

/**
 * Typed calls to the campaign methods of the ml worker. The worker keeps the campaign being built
 * (audience rows, groups, assignment, results); these return summaries. Datasets are copied into
 * the ml worker first; no TF.js backend is needed (campaign work is plain TypeScript).
 */
function onJob<T>(label: string, start: (onProgress: (f: number, m?: string) => void) => Job<T>, datasets: (string | undefined)[] = []): Promise<T> {
  return onDatasets(label, datasets, start, { backend: false })
}

export const audience = (args: AudienceArgs): Promise<AudienceSummary> =>
  onJob('Campaign: audience', (onProgress) => ml.campaign.audience(args, { onProgress }), [args.datasetId, args.suppression?.datasetId])

export const groups = (args: GroupsArgs): Promise<GroupsSummary> => onJob('Campaign: groups (k-means)', (onProgress) => ml.campaign.groups(args, { onProgress }), [args.datasetId])

export const ungroup = (): Promise<boolean> => ml.campaign.ungroup().promise

export const design = (args: DesignArgs): Promise<DesignSummary> => onJob('Campaign: A/B sample', (onProgress) => ml.campaign.design(args, { onProgress }))

/** Quick (a few ms): not listed in the job panel. */
export const exports = (prefix: string, groupNames?: string[]): Promise<{ files: ExportFile[]; assignment: ExportFile }> =>
  ml.campaign.exports({ prefix, groupNames }).promise

export const budget = (args: BudgetArgs): Promise<BudgetPlan> =>
  onJob('Campaign: budget', (onProgress) => ml.campaign.budget(args, { onProgress }))

export const flags = (modelFeatures: string[], extraColumns: string[] = []): Promise<{ flags: SensitiveFlag[]; selectionColumns: string[] }> =>
  onJob('Campaign: targeting review', (onProgress) => ml.campaign.flags({ modelFeatures, extraColumns }, { onProgress }))

/**
 * The texts of the steps already run (funnel, group descriptions, design messages) in another
 * language, after the user switched it. Quick (it re-selects the audience): not in the job panel.
 */
export const relabel = (lang: Lang): Promise<Relabeled> => ml.campaign.relabel({ lang }).promise

export const results = (args: ResultsArgs): Promise<AbResults> => onJob('Campaign: A/B results', (onProgress) => ml.campaign.results(args, { onProgress }), [args.datasetId])

export const followUp = (args: FollowUpArgs): Promise<FollowUpResult> => onJob('Campaign: follow-up', (onProgress) => ml.campaign.followUp(args, { onProgress }), [args.datasetId])

export const save = (args: SaveArgs): Promise<{ text: string; bytes: number; customers: number }> => onJob('Campaign: save file', (onProgress) => ml.campaign.save(args, { onProgress }))

export const load = (text: string, fileName: string): Promise<LoadedCampaign> => onJob('Campaign: load file', (onProgress) => ml.campaign.load({ text, fileName }, { onProgress }))

/** The campaign document kept in this browser (IndexedDB): keep, look up, restore, forget. */
export const keep = (text: string, name: string): Promise<KeptCampaign> => ml.campaign.keep({ text, name }).promise
export const kept = (): Promise<KeptCampaign | null> => ml.campaign.kept().promise
export const restore = (): Promise<LoadedCampaign> => onJob('Campaign: restore', (onProgress) => ml.campaign.restore(undefined, { onProgress }))
export const forget = (): Promise<boolean> => ml.campaign.forget().promise

/** Offer text as a file download (blob: URL, allowed by the CSP). */
export function download(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
