// The photo module's public face: what other modules of the service may import.
export { PhotoModule } from './photo.module';
export { PhotoQueries } from './application/photo.queries';
