/** ECharts, tree-shaken to the charts the app draws, loaded on first use (not in the first-load bundle). */
export async function loadEcharts() {
  const [core, charts, components, renderers] = await Promise.all([
    import('echarts/core'),
    import('echarts/charts'),
    import('echarts/components'),
    import('echarts/renderers'),
  ])
  core.use([
    charts.BarChart, charts.LineChart, charts.ScatterChart, charts.HeatmapChart, charts.GraphChart,
    components.GridComponent, components.TooltipComponent, components.LegendComponent, components.VisualMapComponent,
    components.TitleComponent, components.MarkLineComponent, components.MarkPointComponent, components.DataZoomComponent,
    renderers.CanvasRenderer,
  ])
  return core
}
