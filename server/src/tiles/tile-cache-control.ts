/**
 * Cache-Control of a tile response. A public tile requested with the current `?v=` (the URL from
 * TileJSON) never changes, so browsers and CDNs may keep it; without it, or with an old one, caches
 * must revalidate with the ETag. Non-public layers are never stored by shared caches.
 * @param isPublic whether the layer is public
 * @param requestedVersion the `v` query value, or null
 * @param currentVersion the layer's data version now
 * @returns the header value
 * @example tileCacheControl(true, 4, 4) // = 'public, max-age=86400, immutable'
 */
export function tileCacheControl(isPublic: boolean, requestedVersion: number | null, currentVersion: number): string {
  if (!isPublic) return 'private, no-cache'
  if (requestedVersion === currentVersion) return 'public, max-age=86400, immutable'
  return 'public, no-cache'
}
