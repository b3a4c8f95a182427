/** Clustering: k-means (sklearn-compatible), transforms, elbow + silhouette, PCA map, outliers, profiles. */
export * from './kmeans'
export * from './transform'
export * from './silhouette'
export * from './elbow'
export * from './pca'
export * from './outliers'
export * from './profiles'
export { NumpyRandomState } from './mt19937'
