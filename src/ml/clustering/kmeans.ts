/**
 * k-means after scikit-learn's KMeans(algorithm='lloyd'):
 * - init 'k-means++' is sklearn's greedy variant: each new centre is the best of 2 + ⌊ln k⌋
 *   candidates drawn with probability ∝ squared distance (the one that lowers the potential most);
 * - each Lloyd iteration assigns every point to its nearest centre and moves the centres to the
 *   means; it stops when the labels no longer change ("strict convergence") or when the total
 *   squared centre shift is ≤ tol × (mean per-feature variance of X), after max_iter otherwise;
 *   labels are then reassigned to the final centres;
 * - an empty cluster takes the point farthest from its own centre (sklearn's relocation);
 * - n_init runs from different seeds; the lowest inertia wins.
 * Plain TypeScript on Float64Array (faster than TF.js cpu here, see STACK-NOTES), no sample weights.
 * The random streams differ from numpy's, so results agree with sklearn at the optimum found
 * (inertia, sizes), not bit for bit.
 */
// The code lives in four files: kmeans-init.ts (starting centres), kmeans-kernels.ts (distances,
// assignment, one Lloyd run), kmeans-fit.ts (options, the n_init loop, the step driver) and
// kmeans-model.ts (the estimator). This module is the one import path.
export * from './kmeans-kernels'
export * from './kmeans-init'
export * from './kmeans-fit'
export * from './kmeans-model'
