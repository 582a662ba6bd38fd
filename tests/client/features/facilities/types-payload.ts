import { ATTRIBUTE_LABELS, VALUE_LABELS } from '../../../../server/src/domain/facilities/attribute-labels'
import { FACILITY_GROUPS } from '../../../../server/src/domain/facilities/facility-group'
import { facilityJsonSchema } from '../../../../server/src/domain/facilities/facility-json-schema'
import { FACILITY_TYPES } from '../../../../server/src/domain/facilities/facility-types'
import type { FacilityTypesResponse } from '../../../../client/src/features/facilities/facilities.api'

/** The real `GET /api/facilities/types` payload, built from the server's domain (no hand-written copy). */
export function typesPayload(): FacilityTypesResponse {
  return {
    groups: [...FACILITY_GROUPS],
    types: FACILITY_TYPES.map(({ attributes: _a, ...t }) => ({ ...t, schema: facilityJsonSchema(t.id) as FacilityTypesResponse['types'][number]['schema'] })),
    attribute_labels: { ...ATTRIBUTE_LABELS },
    value_labels: { ...VALUE_LABELS },
  }
}
