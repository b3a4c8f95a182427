// Named imports so the bundler keeps only the charts and components the app draws.
import { use, init } from 'echarts/core'
import { BarChart, LineChart, ScatterChart, HeatmapChart, GraphChart } from 'echarts/charts'
import {
  GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, TitleComponent,
  MarkLineComponent, MarkPointComponent, MarkAreaComponent, DataZoomComponent,
} from 'echarts/components'
import { CanvasRenderer } from 'echarts/renderers'

use([
  BarChart, LineChart, ScatterChart, HeatmapChart, GraphChart,
  GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, TitleComponent,
  MarkLineComponent, MarkPointComponent, MarkAreaComponent, DataZoomComponent, CanvasRenderer,
])

export { init }
