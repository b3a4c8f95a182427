/// <reference lib="webworker" />
// The data worker: parse, infer, profile, join and persist datasets. Tables stay here as typed
// arrays; the page receives summaries and windows of rows.
import './egress'
import { registerHandlers } from './dispatch'
import { dataHandlers } from './data/handlers'

registerHandlers('data', dataHandlers)
export {}
