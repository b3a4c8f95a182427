/** ECharts, tree-shaken to the charts the app draws, loaded on first use (not in the first-load bundle). */
export const loadEcharts = () => import('./echarts-setup')
