import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, insureeUpdatedEvent } from '@imis/contracts';
import { orRefuse, refuse, runCommand } from '@imis/application';
import { decodeBase64, isCalendarDate, refused, type Result, today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { uuidv7 } from '@imis/persistence';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import { insureeInScope, insureeState, insureeView, type InsureeView, type RegistryCommand, RegistryRecords, registryErrors } from '../../registry';
import { checkPhotoContent, photoErrors, photoStorageKey } from '../domain/photo-content';
import { InsureePhoto } from '../infrastructure/insuree-photo.entity';
import { type NormalisedPhoto, normalisePhoto } from '../infrastructure/sharp-photo.normaliser';
import { PhotoStorage } from './photo-storage';

export interface UploadPhotoData {
  insureeId: string;
  contentBase64: string;
  contentType?: string | null;
  /** The day the photo was taken; defaults to today. */
  takenOn?: string | null;
}

/**
 * Gives an insuree a new photo: the upload is decoded and re-encoded (normalisePhoto), the re-encoded JPEG
 * goes to the photo storage, the previous photo stays (marked replaced) as the insuree's photo history, and
 * the insuree's new version records the photo date.
 */
@Injectable()
export class UploadPhotoHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: PhotoStorage,
    @InjectInsureeEnv() private readonly env: InsureeEnv,
  ) {}

  async execute({ data, meta, scope }: RegistryCommand<UploadPhotoData>) {
    // Decoded before the transaction opens, so no connection waits on the image; refused in it, in order.
    const upload = await this.normalised(data);
    return runCommand(this.em, { ...meta, operation: 'uploadInsureePhoto' }, async (tx): Promise<{ insuree: InsureeView }> => {
      const insuree = await new RegistryRecords(tx).insuree(data.insureeId);
      if (!insuree) refuse(registryErrors.insureeNotFound('insureeId'));
      if (!insureeInScope(insuree, scope)) refuse(registryErrors.insureeOutOfScope('insureeId'));
      const [photo] = orRefuse(upload);
      const takenOn = data.takenOn ?? today();
      if (!isCalendarDate(takenOn)) refuse(photoErrors.dateInvalid());
      if (takenOn > today()) refuse(photoErrors.takenInFuture());

      const now = new Date();
      const id = uuidv7();
      const storageKey = photoStorageKey(insuree.id, id, now);
      await tx.nativeUpdate(InsureePhoto, { insureeId: insuree.id, replacedAt: null }, { replacedAt: now });
      const { contentType, bytes } = photo;
      tx.create(InsureePhoto, { id, insureeId: insuree.id, storageKey, contentType, sizeBytes: bytes.length, takenOn, uploadedBy: meta.actor });
      tx.assign(insuree, { photoId: id, photoDate: takenOn });
      insuree.markChanged(meta.actor, now);
      // Stored before the commit: a failed commit leaves an unreferenced file, never a row without its file.
      await this.storage.put(storageKey, bytes);
      await tx.flush();
      recordEvent(tx, createEvent(insureeUpdatedEvent, { subject: insuree.id, data: insureeState(insuree) }));
      return { insuree: insureeView(insuree) };
    });
  }

  /** The upload as it will be stored, or why it is refused (what it claims to be, then what it decodes to). */
  private async normalised(data: UploadPhotoData): Promise<Result<NormalisedPhoto>> {
    const bytes = decodeBase64(data.contentBase64);
    if (bytes === null) return refused(photoErrors.empty());
    const claimed = checkPhotoContent(bytes, this.env.PHOTO_MAX_BYTES, data.contentType);
    return claimed.ok ? normalisePhoto(bytes) : claimed;
  }
}
