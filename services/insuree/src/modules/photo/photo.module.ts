import { Module } from '@nestjs/common';
import { INSUREE_ENV } from '../../config/insuree-env.module';
import type { InsureeEnv } from '../../config/insuree.config';
import { RegistryModule } from '../registry';
import { PhotoContentResolver, PhotoResolver } from './api/photo.resolver';
import { PhotoQueries } from './application/photo.queries';
import { PhotoStorage } from './application/photo-storage';
import { UploadInsureePhoto } from './application/upload-insuree-photo.command';
import { FilesystemPhotoStorage } from './infrastructure/filesystem-photo.storage';

/** Insuree photos, stored through PhotoStorage (the filesystem under PHOTO_DIR unless a scheme binds another). */
@Module({
  imports: [RegistryModule],
  providers: [
    { provide: PhotoStorage, useFactory: (env: InsureeEnv) => new FilesystemPhotoStorage(env.PHOTO_DIR), inject: [INSUREE_ENV] },
    UploadInsureePhoto,
    PhotoQueries,
    PhotoResolver,
    PhotoContentResolver,
  ],
  exports: [UploadInsureePhoto, PhotoQueries],
})
export class PhotoModule {}
