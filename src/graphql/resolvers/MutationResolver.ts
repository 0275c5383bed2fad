import { ValidateNested } from 'class-validator';
import { GraphQLError } from 'graphql';
import { Args, ArgsType, Ctx, Field, Mutation, Resolver } from 'type-graphql';
import { IngestError, type AddedArticle, type IngestFailure } from '../../ingest/LiveOntology';
import { countsByType, type TypeCounts } from '../../ontology/summary';
import type { ApiContext } from '../context';
import { AddArticlePayload, ArticleInput } from '../types/AddArticle';

@ArgsType()
class AddArticleArgs {
  @Field(() => ArticleInput)
  @ValidateNested()
  input!: ArticleInput;
}

/** The error code a client can act on: the article is already there, or the service could not take it. */
const CODE: Record<IngestFailure, string> = {
  DUPLICATE_ID: 'BAD_USER_INPUT',
  DUPLICATE_TEXT: 'BAD_USER_INPUT',
  EXTRACTION_FAILED: 'INTERNAL_SERVER_ERROR',
  WRITE_FAILED: 'INTERNAL_SERVER_ERROR',
  SHUTTING_DOWN: 'SERVICE_UNAVAILABLE',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

@Resolver()
export class MutationResolver {
  @Mutation(() => AddArticlePayload, {
    description:
      'Adds a news article: it is extracted, merged into the ontology (existing ids stay as they are, see removedIds) and ' +
      'kept in the article log (the corpus folder, or PostgreSQL with DATABASE_URL), so a restart keeps it. Additions run one at a time. An article already in the ' +
      'corpus, by id or by text, is refused (BAD_USER_INPUT, extensions.reason DUPLICATE_ID or DUPLICATE_TEXT). Needs a write ' +
      'token (Authorization: Bearer <token>): without one UNAUTHENTICATED (401), with a read token FORBIDDEN (403), over the write ' +
      'rate RATE_LIMITED (429).',
  })
  async addArticle(@Args(() => AddArticleArgs) { input }: AddArticleArgs, @Ctx() { live, viewer }: ApiContext): Promise<AddedArticle & { counts: TypeCounts }> {
    // The server refuses a mutation without a write token before it runs (writeAccessPlugin); this is the second lock.
    if (!viewer?.canWrite) throw new GraphQLError('Writes need a write token.', { extensions: { code: 'UNAUTHENTICATED' } });
    if (live === undefined) {
      throw new GraphQLError('This server serves a fixed ontology; start it on a corpus folder to add articles.', { extensions: { code: 'FORBIDDEN' } });
    }
    try {
      const added = await live.addArticle(input, viewer.name);
      return { ...added, counts: countsByType(added.store) };
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      throw new GraphQLError(error.message, { extensions: { code: CODE[error.reason], reason: error.reason } });
    }
  }
}
