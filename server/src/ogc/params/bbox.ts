/** A CRS84 bounding box `[west, south, east, north]`; `west > east` crosses the antimeridian. */
export type Bbox = [west: number, south: number, east: number, north: number]
