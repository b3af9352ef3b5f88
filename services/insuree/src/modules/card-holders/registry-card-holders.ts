import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { LocationAccess, type RequestUser } from '@imis/auth';
import { locationsByIds } from '@imis/location-projection';
import { CardHolderSource } from '../card';
import type { CardGender, CardHolder } from '../card';
import { PhotoQueries } from '../photo';
import type { InsureeView } from '../registry';
import { RegistryQueries } from '../registry';

/**
 * Card holders from the registry, in the caller's scope: each insuree with its current photo's bytes and
 * its village's name (its own village, else its family's), read in one query per kind.
 */
@Injectable()
export class RegistryCardHolders extends CardHolderSource {
  constructor(
    private readonly registry: RegistryQueries,
    private readonly photos: PhotoQueries,
    private readonly access: LocationAccess,
    private readonly em: EntityManager,
  ) {
    super();
  }

  async insuree(insureeId: string, user: RequestUser): Promise<CardHolder | null> {
    const found = (await this.registry.insurees([insureeId], await this.access.data(user))).get(insureeId);
    return found ? (await this.holders([found]))[0] : null;
  }

  /** None unless the caller sees the family itself (a member it sees by its own village is not enough). */
  async family(familyId: string, user: RequestUser): Promise<CardHolder[]> {
    const scope = await this.access.data(user);
    if (!(await this.registry.families([familyId], scope)).has(familyId)) return [];
    return this.holders((await this.registry.members([familyId], scope)).get(familyId) ?? []);
  }

  private async holders(insurees: readonly InsureeView[]): Promise<CardHolder[]> {
    const photos = await this.photos.byIds(insurees.flatMap((insuree) => (insuree.photoId ? [insuree.photoId] : [])));
    const villages = await this.villageNames(insurees.map(villageOf).filter((id): id is string => id !== null));
    return Promise.all(
      insurees.map(async (insuree) => {
        const photo = insuree.photoId ? photos.get(insuree.photoId) : undefined;
        const village = villageOf(insuree);
        return {
          insureeId: insuree.id,
          insuranceNumber: insuree.insuranceNumber,
          lastName: insuree.lastName,
          otherNames: insuree.otherNames,
          birthDate: insuree.birthDate,
          gender: insuree.gender as CardGender,
          familyId: insuree.familyId,
          isHead: insuree.isHead,
          villageName: village ? (villages.get(village) ?? null) : null,
          photo: photo ? { bytes: await this.photos.content(photo), contentType: photo.contentType as 'image/jpeg' | 'image/png' } : null,
        };
      }),
    );
  }

  private async villageNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await locationsByIds(this.em, ids, { includeDeleted: true });
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}

function villageOf(insuree: InsureeView): string | null {
  return insuree.currentVillageId ?? insuree.familyVillageId;
}
