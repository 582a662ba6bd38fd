import type { ImportTarget, ImportTargetId } from './import-target.ts'
import { divisionsTarget } from './targets/divisions.target.ts'
import { facilitiesTarget } from './targets/facilities.target.ts'
import { placeNamesTarget } from './targets/place-names.target.ts'
import { roadsTarget } from './targets/roads.target.ts'

/** Every table bulk import can fill, by id. */
export const importTargets: Record<ImportTargetId, ImportTarget> = {
  place_names: placeNamesTarget as ImportTarget,
  roads: roadsTarget as ImportTarget,
  facilities: facilitiesTarget as ImportTarget,
  divisions: divisionsTarget as ImportTarget,
}
