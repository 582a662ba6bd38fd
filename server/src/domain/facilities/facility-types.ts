import type { z } from 'zod'
import type { FacilityGroup } from './facility-group.ts'
import { facilityAttributeSchemas } from './facility-attribute-schemas.ts'

/** Stable English id of a facility type, used in the API, the database and locale keys. */
export type FacilityTypeId = keyof typeof facilityAttributeSchemas

/** One facility type as data: labels, group, map symbol and its attribute schema. */
export interface FacilityType {
  id: FacilityTypeId
  zh: string
  en: string
  group: FacilityGroup
  /** Icon name drawn at runtime by the client (no icon font, no network). */
  icon: string
  /** One character drawn inside the map symbol. */
  glyph: string
  /** Symbol colour, shared by a group with a different shade per type. */
  color: string
  attributes: z.ZodType
}

const t = (
  id: FacilityTypeId,
  zh: string,
  en: string,
  group: FacilityGroup,
  icon: string,
  glyph: string,
  color: string,
): FacilityType => ({ id, zh, en, group, icon, glyph, color, attributes: facilityAttributeSchemas[id] })

/**
 * Every facility type the bureau reports on, in display order (grouped).
 * Adding a type = one line here, one schema in `facility-attribute-schemas.ts`, two locale strings.
 */
export const FACILITY_TYPES: readonly FacilityType[] = [
  t('rural_welfare_home', '农村福利院', 'Rural welfare home', 'welfare', 'welfare-home', '福', '#c0392b'),
  t('social_welfare_institute', '社会福利院', 'Social welfare institute', 'welfare', 'welfare-institute', '社', '#e74c3c'),
  t('children_welfare_centre', '儿童福利院', "Children's welfare centre", 'welfare', 'children', '童', '#ff7f50'),
  t('honour_home', '光荣院', 'Honour home (光荣院)', 'welfare', 'honour', '荣', '#a93226'),
  t('urban_home_care_centre', '城市社区居家养老服务中心', 'Urban community home-care service centre', 'elder_care', 'home-care', '居', '#1f77b4'),
  t('rural_mutual_aid_centre', '农村老年人互助照料活动中心', 'Rural mutual-aid care centre', 'elder_care', 'mutual-aid', '互', '#2e86c1'),
  t('elder_care_institution', '养老机构', 'Elder-care institution', 'elder_care', 'elder-care', '养', '#154360'),
  t('public_cemetery', '公益性公墓', 'Public-welfare cemetery', 'funeral', 'cemetery', '墓', '#566573'),
  t('funeral_home', '殡仪馆', 'Funeral home', 'funeral', 'funeral-home', '殡', '#2c3e50'),
  t('ancestral_hall', '宗族祠堂', 'Clan ancestral hall', 'ancestral_hall', 'ancestral-hall', '祠', '#8e44ad'),
  t('rescue_station', '救助管理站', 'Rescue management station', 'shelter', 'rescue', '救', '#d35400'),
  t('foster_institution', '托养机构', 'Foster institution', 'shelter', 'foster', '托', '#b9770e'),
  t('relief_material_reserve', '救灾物资储备中心', 'Disaster relief material reserve', 'shelter', 'reserve', '储', '#7d6608'),
  t('emergency_shelter', '应急避难场所', 'Emergency shelter', 'shelter', 'shelter', '避', '#27ae60'),
]

/** All type ids, for zod enums and allow-lists. */
export const FACILITY_TYPE_IDS = FACILITY_TYPES.map((type) => type.id) as [FacilityTypeId, ...FacilityTypeId[]]

/**
 * Looks a type up by id.
 * @param id a candidate id, possibly from user input
 * @returns the type, or undefined when the id is unknown
 * @example findFacilityType('honour_home')?.zh // = '光荣院'
 */
export function findFacilityType(id: string): FacilityType | undefined {
  return FACILITY_TYPES.find((type) => type.id === id)
}

/**
 * Type guard for user-supplied ids.
 * @example isFacilityTypeId('cemetery') // = false
 */
export function isFacilityTypeId(id: string): id is FacilityTypeId {
  return findFacilityType(id) !== undefined
}
