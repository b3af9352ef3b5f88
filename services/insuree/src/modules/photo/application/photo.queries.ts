import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { isUuid } from '@imis/persistence';
import { InsureePhoto } from '../infrastructure/insuree-photo.entity';
import { PhotoStorage } from './photo-storage';

/** Photos by id (the caller has already seen the insuree in its scope) and their bytes. */
@Injectable()
export class PhotoQueries {
  constructor(
    private readonly em: EntityManager,
    private readonly storage: PhotoStorage,
  ) {}

  async byIds(ids: readonly string[]): Promise<Map<string, InsureePhoto>> {
    const valid = ids.filter(isUuid);
    const photos = valid.length === 0 ? [] : await this.em.find(InsureePhoto, { id: { $in: valid } });
    return new Map(photos.map((photo) => [photo.id, photo]));
  }

  /** Every photo of an insuree, newest first (the first is current unless replaced). */
  ofInsuree(insureeId: string): Promise<InsureePhoto[]> {
    return isUuid(insureeId) ? this.em.find(InsureePhoto, { insureeId }, { orderBy: { id: 'desc' } }) : Promise.resolve([]);
  }

  content(photo: Pick<InsureePhoto, 'storageKey'>): Promise<Buffer> {
    return this.storage.get(photo.storageKey);
  }
}
