import type { Table } from '../facilities/facility-table.ts'
import type { CoverageReport } from './coverage-report.ts'
import type { CoverageStats } from './coverage-stats.ts'

/** A saved analysis as the export sees it. */
export interface AnalysisForExport {
  name: string
  kind: 'run' | 'suggest' | 'what_if'
  parameters: Record<string, unknown>
  /** run: a CoverageReport; suggest / what_if: `{ before, after, … }`. */
  results: Record<string, unknown>
  created_at: string
  created_by: string
}

const pct = (rate: number | null) => (rate === null ? '' : Math.round(rate * 1000) / 10)

const STAT_HEADER = ['村社区数', '已覆盖', '未覆盖', '覆盖率%', '人口', '覆盖人口', '人口覆盖率%']
const statCells = (s: CoverageStats) => [s.demandCount, s.coveredCount, s.uncoveredCount, pct(s.countRate), s.population, s.coveredPopulation, pct(s.populationRate)]

function areaTable(report: CoverageReport): Table {
  const header = ['县市区', '乡镇街道', ...STAT_HEADER.map((h) => `设有·${h}`), ...STAT_HEADER.map((h) => `可达·${h}`), '城市社区可达率%', '农村可达率%']
  const rows: unknown[][] = []
  const reach = report.within_reach.summary
  report.has_facility.summary.counties.forEach((county, ci) => {
    const rc = reach.counties[ci]!
    rows.push([county.name, '（合计）', ...statCells(county.all), ...statCells(rc.all), pct(rc.urban.countRate), pct(rc.rural.countRate)])
    county.townships.forEach((t, ti) => {
      const rt = rc.townships[ti]!
      rows.push([county.name, t.name, ...statCells(t.all), ...statCells(rt.all), pct(rt.urban.countRate), pct(rt.rural.countRate)])
    })
  })
  return { header, rows }
}

function uncoveredTable(report: CoverageReport): Table {
  const rows = report.villages
    .filter((v) => !v.within_reach)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0))
    .map((v) => [v.code, v.name, v.county_name, v.township_name, v.urban_rural === 'urban' ? '城市社区' : v.urban_rural === 'rural' ? '农村' : '', v.population ?? '', v.has_facility ? '是' : '否', v.lng, v.lat])
  return { header: ['代码', '名称', '县市区', '乡镇街道', '城乡', '人口', '辖区内设有设施', '经度', '纬度'], rows }
}

function summaryTable(a: AnalysisForExport, report: CoverageReport): Table {
  return {
    header: ['项目', '内容'],
    rows: [
      ['分析名称', a.name], ['类型', a.kind], ['创建', `${a.created_at} ${a.created_by}`],
      ['参数', JSON.stringify(a.parameters)],
      ['结论（设有）', report.has_facility.headline.zh], ['结论（可达）', report.within_reach.headline.zh],
      ['Headline (has facility)', report.has_facility.headline.en], ['Headline (within reach)', report.within_reach.headline.en],
    ],
  }
}

/**
 * The sheets of an analysis export: summary with the quotable headlines, per county/township
 * figures of both measures, the uncovered villages; plus suggested sites or the what-if changes.
 * @param a the saved analysis
 * @returns sheets in order
 */
export function coverageTables(a: AnalysisForExport): { name: string; table: Table }[] {
  const after = (a.kind === 'run' ? a.results : a.results.after) as CoverageReport
  const sheets = [
    { name: '概要', table: summaryTable(a, after) },
    { name: '乡镇覆盖', table: areaTable(after) },
    { name: '未覆盖村社区', table: uncoveredTable(after) },
  ]
  if (a.kind === 'suggest') {
    const sites = a.results.sites as { rank: number; township_name: string | null; village_name: string | null; lng: number; lat: number; gain: number; gain_population: number; covers: string[] }[]
    sheets.push({
      name: '建议选址',
      table: {
        header: ['序号', '乡镇街道', '村社区', '经度', '纬度', '新增覆盖（权重）', '新增覆盖人口', '新增覆盖村社区数'],
        rows: sites.map((s) => [s.rank, s.township_name ?? '', s.village_name ?? '', s.lng, s.lat, s.gain, s.gain_population, s.covers.length]),
      },
    })
    sheets.push({ name: '选址前乡镇覆盖', table: areaTable(a.results.before as CoverageReport) })
  }
  if (a.kind === 'what_if') {
    const d = (a.results.delta as { within_reach: { gained: string[]; lost: string[] } }).within_reach
    sheets.push({ name: '变化', table: { header: ['变化', '代码'], rows: [...d.gained.map((c) => ['新增覆盖', c]), ...d.lost.map((c) => ['失去覆盖', c])] } })
    sheets.push({ name: '调整前乡镇覆盖', table: areaTable(a.results.before as CoverageReport) })
  }
  return sheets
}
