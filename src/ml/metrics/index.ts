export * from './classification'
export * from './regression'
