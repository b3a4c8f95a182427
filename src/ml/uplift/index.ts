/** Uplift modelling: learners, multi-treatment scoring, segments, evaluation (scikit-uplift definitions). */
export * from './learners'
export * from './multiarm'
export * from './metrics'
export * from './experiment'
export * from './evaluate'
export * from './reasons'
export { GbtRegressor, ForestRegressor } from './regtrees'
