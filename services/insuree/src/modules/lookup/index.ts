// The lookup module's public face: what other modules of the service may import.
export { LookupModule } from './lookup.module';
