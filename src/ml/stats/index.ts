/** Statistics used by the campaign planner and the A/B report. */
export * from './distributions'
export * from './proportions'
export * from './power'
export * from './abstats'
export * from './messages'
