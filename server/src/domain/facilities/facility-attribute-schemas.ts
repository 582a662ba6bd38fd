import { z } from 'zod'
import {
  attributeFields as f,
  InspectionIncomplete,
  OccupiedExceedsBeds,
  OperatorRequired,
  ResidentsExceedBeds,
  UpgradeYearRequired,
  UsedPlotsExceedPlots,
} from './attribute-fields.ts'
import { statusHistorySchema } from './ancestral-hall-status.ts'

/** Beds/residents/operator shared by every residential welfare type; residents never exceed beds. */
const residential = z
  .strictObject({
    beds: f.count().optional(),
    residents: f.count().optional(),
    operation_mode: f.operationMode().optional(),
    operator: f.text().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.beds !== undefined && a.residents !== undefined && a.residents > a.beds) {
      ctx.addIssue({ code: 'custom', path: ['residents'], message: ResidentsExceedBeds })
    }
    if (a.operation_mode === 'public_private' && a.operator === undefined) {
      ctx.addIssue({ code: 'custom', path: ['operator'], message: OperatorRequired })
    }
  })

/** 农村福利院: residential attributes plus the upgrade (提档升级) programme status and year. */
const ruralWelfareHome = z
  .strictObject({
    beds: f.count(),
    residents: f.count(),
    upgrade_status: f.upgradeStatus(),
    upgrade_year: f.year().optional(),
    operation_mode: f.operationMode().optional(),
    operator: f.text().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.residents > a.beds) ctx.addIssue({ code: 'custom', path: ['residents'], message: ResidentsExceedBeds })
    if (a.operation_mode === 'public_private' && a.operator === undefined) {
      ctx.addIssue({ code: 'custom', path: ['operator'], message: OperatorRequired })
    }
    if ((a.upgrade_status === 'completed' || a.upgrade_status === 'in_progress') && a.upgrade_year === undefined) {
      ctx.addIssue({ code: 'custom', path: ['upgrade_year'], message: UpgradeYearRequired })
    }
  })

/** 养老机构: beds, occupied beds (≤ beds), care levels, last inspection (result and date together). */
const elderCareInstitution = z
  .strictObject({
    beds: f.count(),
    occupied_beds: f.count(),
    care_levels: z.array(f.careLevel()).max(4).refine((l) => new Set(l).size === l.length, 'duplicate_care_level'),
    last_inspection_result: f.inspectionResult().optional(),
    last_inspection_date: f.isoDate().optional(),
    operation_mode: f.operationMode().optional(),
    operator: f.text().optional(),
  })
  .superRefine((a, ctx) => {
    if (a.occupied_beds > a.beds) ctx.addIssue({ code: 'custom', path: ['occupied_beds'], message: OccupiedExceedsBeds })
    if ((a.last_inspection_result === undefined) !== (a.last_inspection_date === undefined)) {
      ctx.addIssue({ code: 'custom', path: ['last_inspection_date'], message: InspectionIncomplete })
    }
    if (a.operation_mode === 'public_private' && a.operator === undefined) {
      ctx.addIssue({ code: 'custom', path: ['operator'], message: OperatorRequired })
    }
  })

/** Community-level service centres: optional floor area and operator. */
const serviceCentre = z.strictObject({
  area_m2: f.count().optional(),
  operation_mode: f.operationMode().optional(),
  operator: f.text().optional(),
})

/** 公益性公墓: plots and used plots (≤ plots). */
const cemetery = z
  .strictObject({ plots: f.count(), used_plots: f.count(), area_m2: f.count().optional() })
  .superRefine((a, ctx) => {
    if (a.used_plots > a.plots) ctx.addIssue({ code: 'custom', path: ['used_plots'], message: UsedPlotsExceedPlots })
  })

/**
 * Attribute schema per facility type id. Every schema is strict: an unknown attribute is an error,
 * so a typo in an import column never silently disappears.
 */
export const facilityAttributeSchemas = {
  rural_welfare_home: ruralWelfareHome,
  social_welfare_institute: residential,
  children_welfare_centre: residential,
  honour_home: residential,
  urban_home_care_centre: serviceCentre,
  rural_mutual_aid_centre: serviceCentre,
  elder_care_institution: elderCareInstitution,
  public_cemetery: cemetery,
  funeral_home: z.strictObject({ cremators: f.count().optional(), halls: f.count().optional() }),
  ancestral_hall: z.strictObject({
    clan_surname: f.text(20).optional(),
    built_year: f.year().optional(),
    status_history: statusHistorySchema,
  }),
  rescue_station: z.strictObject({ beds: f.count().optional(), level: z.enum(['city', 'county']).optional() }),
  foster_institution: residential,
  relief_material_reserve: z.strictObject({
    storage_area_m2: f.count().optional(),
    level: z.enum(['city', 'county', 'township']).optional(),
  }),
  emergency_shelter: z.strictObject({
    capacity_persons: z.number().int().min(1).max(1_000_000),
    area_m2: f.count().optional(),
    shelter_level: f.shelterLevel().optional(),
  }),
} as const
