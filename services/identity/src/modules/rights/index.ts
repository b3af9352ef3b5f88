// The rights module's public face: the catalogue of openIMIS rights, read-only.
export { RightsModule } from './rights.module';
