// Stand-in for packages danfojs imports but Campaign Lab never calls (plotly, xlsx): keeps them out of the bundle.
export default {}
