/**
 * The classifiers the propensity screen offers, by short name, with their default parameters and
 * default search grids. Every model follows the Classifier contract of ../core/estimator.
 */
import type { Classifier } from '../core/estimator'
import { LogisticRegression, type LogisticOptions } from '../estimators/logistic'
import { KNeighborsClassifier, type KnnOptions } from '../estimators/knn'
import { DecisionTreeClassifier, type TreeOptions } from '../estimators/tree'
import { SVC, type SVCOptions } from '../estimators/svm'
import { RandomForestClassifier, type RandomForestOptions } from '../estimators/forest'
import { HistGradientBoostingClassifier, type HistGradientBoostingOptions } from '../estimators/gbt'
import { MLPClassifier, type MLPOptions } from '../estimators/mlp'
import type { ParamGrid } from '../selection/cv'

export type ModelName = 'lr' | 'knn' | 'tree' | 'svm' | 'mlp' | 'rf' | 'gbt'
export const MODEL_NAMES: readonly ModelName[] = ['lr', 'knn', 'tree', 'svm', 'mlp', 'rf', 'gbt']

export interface ModelInfo {
  name: ModelName
  label: string
  /** the estimator kind written into model files */
  kind: string
  make: (params: Record<string, unknown>) => Classifier
  /** small default grid over the model's main hyperparameters */
  defaultGrid: ParamGrid
}

export const MODELS: Record<ModelName, ModelInfo> = {
  lr: {
    name: 'lr', label: 'Logistic regression', kind: 'logistic',
    make: (p) => new LogisticRegression(p as Partial<LogisticOptions>),
    defaultGrid: { C: [0.001, 0.01, 0.1, 1, 10, 100] },
  },
  knn: {
    name: 'knn', label: 'k-nearest neighbours', kind: 'knn',
    make: (p) => new KNeighborsClassifier(p as Partial<KnnOptions>),
    defaultGrid: { k: [5, 15, 31], weights: ['uniform', 'distance'] },
  },
  tree: {
    name: 'tree', label: 'Decision tree', kind: 'tree',
    make: (p) => new DecisionTreeClassifier(p as Partial<TreeOptions>),
    defaultGrid: { maxDepth: [2, 3, 4, 5, 6, 8, 10, 12, null] },
  },
  svm: {
    name: 'svm', label: 'Support vector machine', kind: 'svm',
    make: (p) => new SVC(p as Partial<SVCOptions>),
    defaultGrid: { C: [0.1, 1, 10], gamma: ['scale'] },
  },
  mlp: {
    name: 'mlp', label: 'Neural network (MLP)', kind: 'mlp',
    make: (p) => new MLPClassifier(p as Partial<MLPOptions>),
    defaultGrid: { hiddenLayerSizes: [[50], [100]], alpha: [0.0001, 0.001] },
  },
  rf: {
    name: 'rf', label: 'Random forest', kind: 'rf',
    make: (p) => new RandomForestClassifier(p as Partial<RandomForestOptions>),
    defaultGrid: { maxDepth: [8, 16, null], maxFeatures: ['sqrt'] },
  },
  gbt: {
    name: 'gbt', label: 'Gradient-boosted trees', kind: 'gbt',
    make: (p) => new HistGradientBoostingClassifier(p as Partial<HistGradientBoostingOptions>),
    defaultGrid: { learningRate: [0.05, 0.1, 0.2], maxLeafNodes: [15, 31] },
  },
}

export function isModelName(s: string): s is ModelName {
  return (MODEL_NAMES as readonly string[]).includes(s)
}
