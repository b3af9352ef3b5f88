import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { orRefuse, refuse, type UseCase } from '@imis/application';
import { createEvent, insureeUpdatedEvent } from '@imis/contracts';
import { decodeBase64, isCalendarDate, refused, type Result, today } from '@imis/kernel';
import { recordEvent } from '@imis/messaging';
import { uuidv7 } from '@imis/persistence';
import { InjectInsureeEnv } from '../../../config/insuree-env.module';
import type { InsureeEnv } from '../../../config/insuree.config';
import type { ScopedCommandMeta } from '../../../shared/application/scoped-command-meta';
import { changeableInsuree, insureeState, insureeView, type InsureeView, RegistryRecords } from '../../registry';
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

/** An upload decoded and re-encoded (`prepare`), or why it is refused: what the use case runs on. */
export interface PreparedPhotoUpload {
  insureeId: string;
  takenOn?: string | null;
  photo: Result<NormalisedPhoto>;
}

/**
 * Gives an insuree a new photo: the upload is decoded and re-encoded (normalisePhoto), the re-encoded JPEG
 * goes to the photo storage, the previous photo stays (marked replaced) as the insuree's photo history, and
 * the insuree's new version records the photo date.
 *
 * Callers run `prepare` first, outside any transaction (no connection waits on the image), then the use
 * case on what it returns: a refused image is refused in the transaction, after the insuree and scope checks.
 */
@Injectable()
export class UploadInsureePhoto implements UseCase<PreparedPhotoUpload, { insuree: InsureeView }, ScopedCommandMeta> {
  readonly operation = 'uploadInsureePhoto';

  constructor(
    private readonly storage: PhotoStorage,
    @InjectInsureeEnv() private readonly env: InsureeEnv,
  ) {}

  /** The upload as it will be stored, or why it is refused (what it claims to be, then what it decodes to). */
  async prepare({ insureeId, takenOn, contentBase64, contentType }: UploadPhotoData): Promise<PreparedPhotoUpload> {
    return { insureeId, takenOn, photo: await this.normalised(contentBase64, contentType) };
  }

  async execute(tx: EntityManager, upload: PreparedPhotoUpload, { actor, scope }: ScopedCommandMeta): Promise<{ insuree: InsureeView }> {
    const insuree = changeableInsuree(await new RegistryRecords(tx).insuree(upload.insureeId), scope, 'insureeId');
    const [photo] = orRefuse(upload.photo);
    const takenOn = upload.takenOn ?? today();
    if (!isCalendarDate(takenOn)) refuse(photoErrors.dateInvalid());
    if (takenOn > today()) refuse(photoErrors.takenInFuture());

    const now = new Date();
    const id = uuidv7();
    const storageKey = photoStorageKey(insuree.id, id, now);
    await tx.nativeUpdate(InsureePhoto, { insureeId: insuree.id, replacedAt: null }, { replacedAt: now });
    const { contentType, bytes } = photo;
    tx.create(InsureePhoto, { id, insureeId: insuree.id, storageKey, contentType, sizeBytes: bytes.length, takenOn, uploadedBy: actor });
    tx.assign(insuree, { photoId: id, photoDate: takenOn });
    insuree.markChanged(actor, now);
    // Stored before the commit: a failed commit leaves an unreferenced file, never a row without its file.
    await this.storage.put(storageKey, bytes);
    await tx.flush();
    recordEvent(tx, createEvent(insureeUpdatedEvent, { subject: insuree.id, data: insureeState(insuree) }));
    return { insuree: insureeView(insuree) };
  }

  private async normalised(contentBase64: string, contentType?: string | null): Promise<Result<NormalisedPhoto>> {
    const bytes = decodeBase64(contentBase64);
    if (bytes === null) return refused(photoErrors.empty());
    const claimed = checkPhotoContent(bytes, this.env.PHOTO_MAX_BYTES, contentType);
    return claimed.ok ? normalisePhoto(bytes) : claimed;
  }
}
