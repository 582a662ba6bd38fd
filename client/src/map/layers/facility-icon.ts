import { CJK_FONT_FAMILY } from '../base-style'

/** Pixel ratio of the generated icons (drawn at 2× for crisp symbols on HiDPI screens). */
export const ICON_PIXEL_RATIO = 2

/**
 * Draws a facility symbol at runtime — a coloured disc with a white ring and one white Chinese
 * character — so no icon font or sprite has to be downloaded (the map works offline).
 * @param color - disc colour, e.g. '#2e86c1'
 * @param glyph - one character, e.g. '互'
 * @param size - CSS pixels (the bitmap is size × ICON_PIXEL_RATIO)
 * @returns RGBA pixels for `map.addImage(id, image, { pixelRatio: ICON_PIXEL_RATIO })`, or null without a 2D canvas
 */
export function drawFacilityIcon(color: string, glyph: string, size = 22): { width: number; height: number; data: Uint8Array } | null {
  const px = size * ICON_PIXEL_RATIO
  const canvas = document.createElement('canvas')
  canvas.width = px
  canvas.height = px
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  const r = px / 2
  ctx.beginPath()
  ctx.arc(r, r, r - ICON_PIXEL_RATIO, 0, 2 * Math.PI)
  ctx.fillStyle = color
  ctx.fill()
  ctx.lineWidth = 1.5 * ICON_PIXEL_RATIO
  ctx.strokeStyle = '#ffffff'
  ctx.stroke()
  ctx.fillStyle = '#ffffff'
  ctx.font = `bold ${Math.round(px * 0.55)}px ${CJK_FONT_FAMILY}`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.fillText(glyph, r, r + ICON_PIXEL_RATIO * 0.5)
  return { width: px, height: px, data: new Uint8Array(ctx.getImageData(0, 0, px, px).data.buffer) }
}

/** Map image id of a facility type's icon. */
export const facilityIconId = (typeId: string) => `facility-${typeId}`
