import type { Handlers } from '../dispatch'

/** ml worker methods of the patterns page (prefix "patterns."). */
export const patternsHandlers: Handlers = {}
