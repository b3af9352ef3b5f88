import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createEvent, insureeUpdatedEvent } from '@imis/contracts';
import { orRefuse, refuse, runCommand } from '@imis/application';
import { decodeBase64, isCalendarDate, today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { uuidv7 } from '@imis/persistence';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import { registryErrors } from '../../registry';
import { insureeView, type InsureeView } from '../../registry';
import type { RegistryCommand } from '../../registry';
import { insureeState } from '../../registry';
import { RegistryRecords } from '../../registry';
import { insureeInScope } from '../../registry';
import { checkPhotoContent, photoErrors, photoStorageKey } from '../domain/photo-content';
import { InsureePhoto } from '../infrastructure/insuree-photo.entity';
import { PhotoStorage } from './photo-storage';

export interface UploadPhotoData {
  insureeId: string;
  contentBase64: string;
  contentType?: string | null;
  /** The day the photo was taken; defaults to today. */
  takenOn?: string | null;
}

/**
 * Gives an insuree a new photo: the bytes go to the photo storage, the previous photo stays (marked
 * replaced) as the insuree's photo history, and the insuree's new version records the photo date.
 */
@Injectable()
export class UploadPhotoHandler {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: PhotoStorage,
    @InjectInsureeEnv() private readonly env: InsureeEnv,
  ) {}

  execute({ data, meta, scope }: RegistryCommand<UploadPhotoData>) {
    return runCommand(this.em, { ...meta, operation: 'uploadInsureePhoto' }, async (tx): Promise<{ insuree: InsureeView }> => {
      const insuree = await new RegistryRecords(tx).insuree(data.insureeId);
      if (!insuree) refuse(registryErrors.insureeNotFound('insureeId'));
      if (!insureeInScope(insuree, scope)) refuse(registryErrors.insureeOutOfScope('insureeId'));
      const bytes = decodeBase64(data.contentBase64);
      if (bytes === null) refuse(photoErrors.empty());
      const [contentType] = orRefuse(checkPhotoContent(bytes, this.env.PHOTO_MAX_BYTES, data.contentType));
      const takenOn = data.takenOn ?? today();
      if (!isCalendarDate(takenOn)) refuse(photoErrors.dateInvalid());
      if (takenOn > today()) refuse(photoErrors.takenInFuture());

      const now = new Date();
      const id = uuidv7();
      const storageKey = photoStorageKey(insuree.id, id, now);
      await tx.nativeUpdate(InsureePhoto, { insureeId: insuree.id, replacedAt: null }, { replacedAt: now });
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
}
