import { describe, expect, it } from 'vitest'
import { formatCoverageHeadline, formatPercent, formatReach } from '../../../../server/src/domain/coverage/format-coverage-headline.ts'
import { summarizeCoverage } from '../../../../server/src/domain/coverage/summarize-coverage.ts'
import { createDemand } from './builders.ts'

/** 50 urban communities of which 43 covered (86%), 45 villages of which 26 covered (57.8%). */
function reportLikeSummary() {
  const demand = [
    ...Array.from({ length: 50 }, (_, i) => createDemand(`u${i}`, { urbanRural: 'urban' })),
    ...Array.from({ length: 45 }, (_, i) => createDemand(`r${i}`, { urbanRural: 'rural' })),
  ]
  const covered = demand.map((d, i) => ({ covered: i < 43 || (i >= 50 && i < 76), nearestMetres: null, nearestId: null }))
  return summarizeCoverage(demand, covered)
}

const labels = { zh: ['城市社区居家养老服务中心'], en: ['Urban community home-care service centre'] }

describe('formatCoverageHeadline', () => {
  it('reads like the work report for the bureau measure', () => {
    const h = formatCoverageHeadline(reportLikeSummary(), { measure: 'has_facility', typeLabels: labels, scopeName: { zh: '咸宁市', en: 'Xianning' } })
    expect(h.zh).toBe('咸宁市城市社区居家养老服务中心（辖区内设有）：城市社区覆盖率 86%，农村 57.8%')
    expect(h.en).toBe('Xianning, Urban community home-care service centre (one in the village or community): urban communities 86% covered, rural villages 57.8%')
  })

  it('names the reach for the within-reach measure', () => {
    const h = formatCoverageHeadline(reportLikeSummary(), { measure: 'within_reach', radiusMetres: 1000, typeLabels: labels })
    expect(h.zh).toBe('城市社区居家养老服务中心（1 公里内）：城市社区覆盖率 86%，农村 57.8%')
    expect(h.en).toContain('within 1 km')
  })

  it('leaves out a class without demand and says so when there is none at all', () => {
    const rural = summarizeCoverage([createDemand('r')], [{ covered: true, nearestMetres: null, nearestId: null }])
    expect(formatCoverageHeadline(rural, { measure: 'has_facility', typeLabels: labels }).zh).toMatch(/：农村覆盖率 100%$/)
    expect(formatCoverageHeadline(summarizeCoverage([], []), { measure: 'has_facility', typeLabels: labels }).zh).toMatch(/无社区或村数据$/)
  })
})

describe('formatPercent', () => {
  it('rounds to one decimal and drops a trailing .0', () => {
    expect([0.86, 0.578, 0.5784, 1, 0, 0.0005, 0.9999].map(formatPercent)).toEqual(['86%', '57.8%', '57.8%', '100%', '0%', '0.1%', '100%'])
  })
})

describe('formatReach', () => {
  it('switches to kilometres from 1000 m', () => {
    expect([formatReach(300, 'zh'), formatReach(1500, 'zh'), formatReach(500, 'en'), formatReach(1000, 'en')]).toEqual(['300 米', '1.5 公里', '500 m', '1 km'])
  })
})
