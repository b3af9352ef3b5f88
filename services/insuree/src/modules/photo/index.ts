// The photo module's public face: what other modules of the service may import.
export { PhotoModule } from './photo.module';
export { UploadInsureePhoto } from './application/upload-insuree-photo.command';
export type { PreparedPhotoUpload, UploadPhotoData } from './application/upload-insuree-photo.command';
export { PhotoQueries } from './application/photo.queries';
