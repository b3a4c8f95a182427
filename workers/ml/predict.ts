import type { Handlers } from '../dispatch'

/** ml worker methods of the predict page (prefix "predict."). */
export const predictHandlers: Handlers = {}
