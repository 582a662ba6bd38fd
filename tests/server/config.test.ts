import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../server/src/config.ts'

const MiB = 1024 * 1024

describe('loadConfig', () => {
  it('defaults the zip-bomb limits to 1 GiB for bulk imports and 200 MiB for form uploads', () => {
    const { zipLimits } = loadConfig({})
    expect(zipLimits.bulk).toMatchObject({ maxTotalBytes: 1024 * MiB, maxEntries: 1000, maxRatio: 100 })
    expect(zipLimits.upload.maxTotalBytes).toBe(200 * MiB)
  })

  it('reads the DIMING_ZIP_* variables', () => {
    const { zipLimits } = loadConfig({ DIMING_ZIP_MAX_MB: '64', DIMING_ZIP_UPLOAD_MAX_MB: '8', DIMING_ZIP_MAX_ENTRIES: '20', DIMING_ZIP_MAX_RATIO: '50' })
    expect(zipLimits.bulk).toMatchObject({ maxTotalBytes: 64 * MiB, maxEntries: 20, maxRatio: 50 })
    expect(zipLimits.upload).toMatchObject({ maxTotalBytes: 8 * MiB, maxEntries: 20, maxRatio: 50 })
  })

  it('refuses a malformed zip limit instead of silently using the default', () => {
    expect(() => loadConfig({ DIMING_ZIP_MAX_MB: '1GB' })).toThrow(/DIMING_ZIP_MAX_MB/)
    expect(() => loadConfig({ DIMING_ZIP_MAX_RATIO: '0' })).toThrow(/DIMING_ZIP_MAX_RATIO/)
  })

  it('leaves request admission to the engine unless DIMING_MAX_CONCURRENT_REQUESTS is set, and refuses a malformed value', () => {
    expect(loadConfig({})).toMatchObject({ maxConcurrentRequests: null, requestQueueLimit: 2000 })
    expect(loadConfig({ DIMING_MAX_CONCURRENT_REQUESTS: '8', DIMING_REQUEST_QUEUE_LIMIT: '50' })).toMatchObject({ maxConcurrentRequests: 8, requestQueueLimit: 50 })
    expect(() => loadConfig({ DIMING_MAX_CONCURRENT_REQUESTS: 'many' })).toThrow(/DIMING_MAX_CONCURRENT_REQUESTS/)
  })
})
