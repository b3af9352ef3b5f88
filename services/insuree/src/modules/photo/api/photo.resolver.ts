import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, LocationAccess, RequireRights, Right, type RequestUser } from '@imis/auth';
import { BatchLoader, perRequest, type GraphQLContext } from '@imis/graphql';
import { RegistryQueries } from '../../registry';
import { InsureeModel } from '../../registry';
import { InsureePayload } from '../../registry';
import { insureePayload } from '../../registry';
import type { InsureePhoto } from '../infrastructure/insuree-photo.entity';
import { PhotoQueries } from '../application/photo.queries';
import { UploadInsureePhoto } from '../application/upload-insuree-photo.command';
import { PhotoModel } from './photo.model';
import { UploadInsureePhotoInput } from './upload-photo.input';

const PHOTOS = Symbol('insuree-photos');

function toPhotoModel(photo: InsureePhoto): PhotoModel {
  return Object.assign(new PhotoModel(), { ...photo, uploadedAt: photo.createdAt });
}

/** Insuree photos: upload (101103), the current one on `Insuree.photo`, and the photo history. */
@Resolver(() => InsureeModel)
export class PhotoResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly uploadUseCase: UploadInsureePhoto,
    private readonly photos: PhotoQueries,
    private readonly registry: RegistryQueries,
    private readonly access: LocationAccess,
  ) {}

  @RequireRights(Right.InsureeEdit, Right.InsureeAdd)
  @Mutation(() => InsureePayload, { description: 'Gives an insuree a new photo (JPEG or PNG); the previous one stays in its photo history' })
  async uploadInsureePhoto(@Args('input') { clientMutationId, ...data }: UploadInsureePhotoInput, @CurrentUser() user: RequestUser) {
    const meta = { ...commandMeta(user, clientMutationId), scope: await this.access.data(user) };
    // Decoded before the transaction opens, so no connection waits on the image; refused in it, in order.
    const upload = await this.uploadUseCase.prepare(data);
    return insureePayload(await runUseCase(this.em, this.uploadUseCase, upload, meta), clientMutationId);
  }

  @RequireRights(Right.InsureeSearch, Right.InsureeEnquire)
  @Query(() => [PhotoModel], { description: "An insuree's photos, newest first (the current one and those it replaced)" })
  async insureePhotos(@CurrentUser() user: RequestUser, @Args('insureeId', { type: () => ID }) insureeId: string): Promise<PhotoModel[]> {
    const visible = await this.registry.insurees([insureeId], await this.access.data(user));
    return visible.has(insureeId) ? (await this.photos.ofInsuree(insureeId)).map(toPhotoModel) : [];
  }

  @ResolveField(() => PhotoModel, { nullable: true, description: 'The current photo' })
  async photo(@Parent() insuree: InsureeModel, @Context() context: GraphQLContext): Promise<PhotoModel | null> {
    if (!insuree.photoId) return null;
    const loader = perRequest(context, PHOTOS, () => new BatchLoader<string, InsureePhoto | null>((ids) => this.photos.byIds(ids), null));
    const photo = await loader.load(insuree.photoId);
    return photo && toPhotoModel(photo);
  }
}

/** The bytes of a photo, read from the storage only when asked for. */
@Resolver(() => PhotoModel)
export class PhotoContentResolver {
  constructor(private readonly photos: PhotoQueries) {}

  @ResolveField(() => String, { description: 'The image, base64' })
  async contentBase64(@Parent() photo: PhotoModel): Promise<string> {
    return (await this.photos.content(photo)).toString('base64');
  }
}
