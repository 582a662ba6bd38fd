import { z } from 'zod'
import { findPlaceCategory } from '../domain/places/place-categories.ts'
import { placeGeometrySchema } from '../domain/places/place-geometry.schema.ts'

/** Request schemas shared by the places, naming and notices routes. */

const HAN_NAME = /^[\p{Script=Han}]+$/u

/** A place name as typed: 1–50 characters, trimmed (the naming checks judge the content). */
export const nameSchema = z.string().trim().min(1, 'name is empty').max(50, 'a place name has at most 50 characters')

/** A register name: Chinese characters only. */
export const registerNameSchema = nameSchema.regex(HAN_NAME, 'a standard name is written in Chinese characters only')

export const categoryCodeSchema = z.string().regex(/^[0-9]{2}([0-9]{2})?$/, 'a 2- or 4-digit category code')
  .refine((c) => findPlaceCategory(c) !== undefined, 'unknown category code (see GET /api/places/categories)')

export const divisionCodeSchema = z.string().regex(/^[0-9]{12}$/, 'a 12-digit division code')

/** Officer-confirmed readings: {"0": "zhong"} (character index → toneless syllable). */
export const readingsSchema = z.record(z.string().regex(/^\d{1,2}$/), z.string().regex(/^[a-zü]{1,6}$/, 'a toneless pinyin syllable'))
  .transform((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [Number(k), v])) as Record<number, string>)

export const pinyinSchema = z.string().trim().min(1).max(200).regex(/^[A-Za-zÜü0-9' -]+$/, 'letters, digits, apostrophes, spaces and hyphens')

export const isoDateSchema = z.iso.date('a date as YYYY-MM-DD')

export const geometrySchema = placeGeometrySchema

export const textSchema = (max: number) => z.string().trim().max(max)

export const idParams = z.object({ id: z.coerce.number().int().positive().max(2 ** 53 - 1) })
