/** Great-circle point queries: the one implementation lives in the domain core, shared with the point evaluator. */
export { forEachWithin, nearest, pointSet, sumWithin, type PointSet } from '../../src/domain/spatial.ts';
