export { pathwayReader } from '../../core/access/pathway-reader';
