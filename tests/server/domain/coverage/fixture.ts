import { createDemand, createSupply, offset } from './builders.ts'

/**
 * Hand-made fixture (distances in metres from the origin, computed by hand):
 *
 * | demand | class | county/township | at (E, N)    | pop  | nearest facility     |
 * |--------|-------|-----------------|--------------|------|----------------------|
 * | d1     | urban | 咸安 / T1       | (0, 0)       | 1000 | f1 at 100            |
 * | d2     | urban | 咸安 / T1       | (0, 400)     | 500  | f1 at 300            |
 * | d3     | rural | 咸安 / T1       | (0, 900)     | 300  | f1 at 800            |
 * | d4     | rural | 咸安 / T2       | (2000, 0)    | 200  | f2 at 650            |
 * | d5     | rural | 咸安 / T2       | (2000, 1200) | 100  | f2 at 550            |
 * | d6     | rural | 嘉鱼 / T3       | (−5000, 0)   | ?    | none within 5 km     |
 *
 * f1 (0, 100) lies in d1; f2 (2000, 650) lies in d4.
 */
export function createFixture() {
  const t1 = { countyCode: '421202', countyName: '咸安区', townshipCode: '421202001', townshipName: 'T1' }
  const t2 = { countyCode: '421202', countyName: '咸安区', townshipCode: '421202002', townshipName: 'T2' }
  const t3 = { countyCode: '421221', countyName: '嘉鱼县', townshipCode: '421221003', townshipName: 'T3' }
  const demand = [
    createDemand('d1', { ...offset(0, 0), ...t1, urbanRural: 'urban', population: 1000 }),
    createDemand('d2', { ...offset(0, 400), ...t1, urbanRural: 'urban', population: 500 }),
    createDemand('d3', { ...offset(0, 900), ...t1, population: 300 }),
    createDemand('d4', { ...offset(2000, 0), ...t2, population: 200 }),
    createDemand('d5', { ...offset(2000, 1200), ...t2, population: 100 }),
    createDemand('d6', { ...offset(-5000, 0), ...t3, population: null }),
  ]
  const supply = [
    createSupply('f1', { ...offset(0, 100), villageCode: 'd1', townshipCode: t1.townshipCode }),
    createSupply('f2', { ...offset(2000, 650), villageCode: 'd4', townshipCode: t2.townshipCode }),
  ]
  return { demand, supply }
}
