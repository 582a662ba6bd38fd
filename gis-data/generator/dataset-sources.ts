import { z } from 'zod';

/** The `sources/sources.json` of a dataset folder: what to read and how to label it. Nothing city-specific lives in code. */
export const DatasetSourcesSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  city_code: z.string().regex(/^\d{12}$/),
  city_admin_code: z.string().regex(/^\d{6}$/),
  seed: z.number().int(),
  nbs: z.object({
    counties: z.string(),
    towns: z.string(),
    villages: z.string(),
    source: z.string(),
  }),
  county_polygons: z.object({
    file: z.string(),
    datum: z.enum(['gcj02', 'wgs84']),
    name_property: z.string(),
    label_point_property: z.string(),
    source: z.string(),
    geom_source: z.string(),
  }),
  reference_layers: z.array(
    z.object({
      key: z.string().regex(/^[a-z0-9_]+$/),
      file: z.string(),
      output: z.string().regex(/^[a-z0-9_]+\.geojson$/),
      source: z.string(),
      license: z.string(),
      attribution: z.string(),
    }),
  ),
});

/** Parsed `sources/sources.json`. */
export type DatasetSources = z.infer<typeof DatasetSourcesSchema>;
