// A stand-in for d3-geo in the browser bundle (aliased in astro.config.mjs). Observable Plot
// imports it for map projections and geographic marks, which no chart on this site uses; the real package would add
// about 9 KB gzip to every page with a figure. Every export is here, so Plot links against
// it; calling one says why it is missing. test/shims.test.ts keeps the names in step with the
// installed package.

function unbundled(): never {
  throw new Error(`d3-geo is not bundled; Demand Lab charts draw no maps`);
}

export const geoAlbers = unbundled;
export const geoAlbersUsa = unbundled;
export const geoArea = unbundled;
export const geoAzimuthalEqualArea = unbundled;
export const geoAzimuthalEqualAreaRaw = unbundled;
export const geoAzimuthalEquidistant = unbundled;
export const geoAzimuthalEquidistantRaw = unbundled;
export const geoBounds = unbundled;
export const geoCentroid = unbundled;
export const geoCircle = unbundled;
export const geoClipAntimeridian = unbundled;
export const geoClipCircle = unbundled;
export const geoClipExtent = unbundled;
export const geoClipRectangle = unbundled;
export const geoConicConformal = unbundled;
export const geoConicConformalRaw = unbundled;
export const geoConicEqualArea = unbundled;
export const geoConicEqualAreaRaw = unbundled;
export const geoConicEquidistant = unbundled;
export const geoConicEquidistantRaw = unbundled;
export const geoContains = unbundled;
export const geoDistance = unbundled;
export const geoEqualEarth = unbundled;
export const geoEqualEarthRaw = unbundled;
export const geoEquirectangular = unbundled;
export const geoEquirectangularRaw = unbundled;
export const geoGnomonic = unbundled;
export const geoGnomonicRaw = unbundled;
export const geoGraticule = unbundled;
export const geoGraticule10 = unbundled;
export const geoIdentity = unbundled;
export const geoInterpolate = unbundled;
export const geoLength = unbundled;
export const geoMercator = unbundled;
export const geoMercatorRaw = unbundled;
export const geoNaturalEarth1 = unbundled;
export const geoNaturalEarth1Raw = unbundled;
export const geoOrthographic = unbundled;
export const geoOrthographicRaw = unbundled;
export const geoPath = unbundled;
export const geoProjection = unbundled;
export const geoProjectionMutator = unbundled;
export const geoRotation = unbundled;
export const geoStereographic = unbundled;
export const geoStereographicRaw = unbundled;
export const geoStream = unbundled;
export const geoTransform = unbundled;
export const geoTransverseMercator = unbundled;
export const geoTransverseMercatorRaw = unbundled;
