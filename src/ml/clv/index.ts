/** Customer lifetime value: BTYD models (BG/NBD, MBG/NBD, Pareto/NBD), Gamma-Gamma spend, CLV and its checks. */
export * from './messages'
export * from './summary'
export * from './models'
export * from './value'
export * from './analysis'
export { log2F1, logAddExp } from './special'
