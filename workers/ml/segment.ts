import type { Handlers } from '../dispatch'

/** ml worker methods of the segment page (prefix "segment."). */
export const segmentHandlers: Handlers = {}
