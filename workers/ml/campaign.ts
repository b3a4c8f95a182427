import type { Handlers } from '../dispatch'

/** ml worker methods of the campaign page (prefix "campaign."). */
export const campaignHandlers: Handlers = {}
