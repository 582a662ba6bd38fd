import type { RouteModule } from '../http/route.ts'
import { boundaryDocumentRoutes } from './boundaries.documents.route.ts'
import { boundaryLineRoutes } from './boundaries.lines.route.ts'
import { boundaryMarkerRoutes } from './boundaries.markers.route.ts'
import { boundaryValidationRoutes } from './boundaries.validation.route.ts'

/** Routes of the boundary survey workspace (issue 5): lines and revisions, markers, validation, documents, export. */
export const boundariesRoutes: RouteModule = [...boundaryLineRoutes, ...boundaryMarkerRoutes, ...boundaryValidationRoutes, ...boundaryDocumentRoutes]
