import fc from 'fast-check'
import type { McLpInstance } from '../../../../../server/src/domain/coverage/mclp/mclp-types.ts'

/** Random tiny MCLP instances: ≤ 7 candidates, ≤ 10 rows, integer weights, optional groups. */
export const tinyInstance = (withGroups: boolean): fc.Arbitrary<McLpInstance> =>
  fc.integer({ min: 1, max: 7 }).chain((n) =>
    fc.record({
      candidateCount: fc.constant(n),
      rows: fc.array(
        fc.record({
          weight: fc.integer({ min: 1, max: 1000 }),
          coverers: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
        }),
        { maxLength: 10 },
      ),
      k: fc.integer({ min: 1, max: n }),
      groups: withGroups
        ? fc.array(fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: 3 }), { maxLength: 2 })
        : fc.constant([]),
    }).filter((inst) => inst.groups.length <= inst.k),
  )
