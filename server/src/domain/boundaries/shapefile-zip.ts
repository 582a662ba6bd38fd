import shpwrite from '@mapbox/shp-write';
import JSZip from 'jszip';
import type { Feature, FeatureCollection } from 'geojson';

/** .prj of lon/lat CGCS2000 (the axes are those of EPSG:4326; the datum is China 2000). */
export const CGCS2000_GEOGRAPHIC_PRJ =
  'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]]';

/** dBASE character fields hold 254 bytes. */
const DBF_FIELD_BYTES = 254;

/**
 * The dbf writer stores one byte per UTF-16 code unit, which would mangle Chinese. Hand it the UTF-8
 * bytes as a "binary string" instead (cut on a character boundary to fit the field), and declare
 * UTF-8 in a .cpg file beside each .dbf.
 */
function utf8Bytes(value: string): string {
  let bytes = Buffer.from(value, 'utf8');
  if (bytes.length > DBF_FIELD_BYTES) {
    let end = DBF_FIELD_BYTES;
    while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end -= 1;
    bytes = bytes.subarray(0, end);
  }
  return bytes.toString('latin1');
}

const shortName = (key: string) => key.slice(0, 10);

function dbfFeature(feature: Feature): Feature {
  const properties: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(feature.properties ?? {})) {
    if (value === null || value === undefined) properties[shortName(key)] = null;
    else if (typeof value === 'number' || typeof value === 'boolean') properties[shortName(key)] = value;
    else properties[shortName(key)] = utf8Bytes(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return { ...feature, properties };
}

export interface ShapefileLayers {
  /** file base names per geometry kind, e.g. { point: 'boundary_markers', polyline: 'boundary_lines', polygon: 'townships' } */
  names: { point?: string; polyline?: string; polygon?: string };
  collection: FeatureCollection;
}

type Kind = 'point' | 'polyline' | 'polygon';
const KIND_OF: Record<string, Kind> = { Point: 'point', LineString: 'polyline', MultiLineString: 'polyline', Polygon: 'polygon', MultiPolygon: 'polygon' };
const OGC_TYPE = { point: 'POINT', polyline: 'POLYLINE', polygon: 'POLYGON' } as const;

/** Shape of one record as the writer wants it: a point's position, or the list of parts of a line or polygon. */
function recordGeometry(feature: Feature): unknown {
  const g = feature.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'Point' || g.type === 'MultiLineString' || g.type === 'Polygon' || g.type === 'MultiPolygon') return g.coordinates;
  throw new Error(`shapefileZip cannot write a ${g.type}`);
}

/**
 * A zipped Shapefile set (.shp .shx .dbf .prj .cpg per geometry kind) with UTF-8 attributes and the
 * CGCS2000 geographic .prj. One record per feature (shp-write's own zip() merges all lines into one
 * record, so records are written here with its low-level writer). Attribute names are cut to 10 characters.
 * @param layers features and the file names per geometry kind
 * @returns the zip bytes
 * @example
 * const zip = await shapefileZip({ names: { point: 'markers' }, collection });
 * // zip holds markers.shp, markers.shx, markers.dbf, markers.prj, markers.cpg
 */
export async function shapefileZip({ names, collection }: ShapefileLayers): Promise<Buffer> {
  const zip = new JSZip();
  for (const kind of ['point', 'polyline', 'polygon'] as const) {
    const features = collection.features.filter((f) => f.geometry && KIND_OF[f.geometry.type] === kind);
    if (features.length === 0) continue;
    const name = names[kind] ?? kind;
    const rows = features.map((f) => dbfFeature(f).properties ?? {});
    shpwrite.write(rows, OGC_TYPE[kind], features.map(recordGeometry) as object[], (_err, files) => {
      zip.file(`${name}.shp`, (files.shp as DataView).buffer as ArrayBuffer, { binary: true });
      zip.file(`${name}.shx`, (files.shx as DataView).buffer as ArrayBuffer, { binary: true });
      zip.file(`${name}.dbf`, (files.dbf as DataView).buffer as ArrayBuffer, { binary: true });
    });
    zip.file(`${name}.prj`, CGCS2000_GEOGRAPHIC_PRJ);
    zip.file(`${name}.cpg`, 'UTF-8');
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
