import type { Handlers } from '../dispatch'

/** ml worker methods of the models page (prefix "models."). */
export const modelsHandlers: Handlers = {}
