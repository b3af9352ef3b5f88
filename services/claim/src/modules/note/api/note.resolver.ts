import { EntityManager } from '@mikro-orm/postgresql';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { runUseCase } from '@imis/application';
import { commandMeta, CurrentUser, type RequestUser } from '@imis/auth';
import { ConnectionArgs, pageOf, toConnection } from '@imis/graphql';
import { CreateNote } from '../application/create-note.command';
import { NoteQueries } from '../application/note.queries';
import { CreateNoteInput } from './create-note.input';
import { NoteConnection } from './note.connection';
import { NoteModel } from './note.model';
import { NotePayload } from './note.payload';

/**
 * Notes over GraphQL. Every operation needs a valid access token (the global guard); add
 * `@RequireRights(Right.…)` once the service's rights are in the catalogue of @imis/auth.
 */
@Resolver(() => NoteModel)
export class NoteResolver {
  constructor(
    private readonly em: EntityManager,
    private readonly queries: NoteQueries,
    private readonly createNote: CreateNote,
  ) {}

  @Query(() => NoteConnection, { description: 'Notes in the order they were written' })
  async claimNotes(@Args() args: ConnectionArgs): Promise<NoteConnection> {
    const page = pageOf(args);
    const { rows, totalCount } = await this.queries.page(page);
    return toConnection(rows, page, totalCount);
  }

  @Mutation(() => NotePayload, { description: 'Writes a note' })
  async createClaimNote(@Args('input') { clientMutationId, ...input }: CreateNoteInput, @CurrentUser() user: RequestUser): Promise<NotePayload> {
    const result = await runUseCase(this.em, this.createNote, input, commandMeta(user, clientMutationId));
    return { note: result.note ?? null, errors: result.errors, clientMutationId: clientMutationId ?? null };
  }
}
