/** Customer segmentation: transaction cleaning, customer features, RFM scores/segments, pipelines, export. */
export * from './transactions'
export * from './features'
export * from './rfm'
export * from './segment'
export * from './export'
