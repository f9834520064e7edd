import type { ProfileInput, SearchDocumentFields } from '@deelwijs/taxonomy';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The searchable fields of one profile, built from its content alone (no database). */
export type PreparedDocument = SearchDocumentFields;

/** What the expert search registers to keep its documents in step with profile writes. */
export interface SearchIndexer {
  /**
   * Builds the documents of these profiles' contents: the CPU-heavy part, to be done outside a
   * transaction (a bulk import prepares the next batch while the previous one is written).
   */
  prepare(profiles: ProfileInput[]): Promise<PreparedDocument[]>;
  /** Rebuilds the members' documents inside the caller's transaction, using `prepared` ones. */
  refresh(
    manager: EntityManager,
    memberIds: string[],
    prepared?: ReadonlyMap<string, PreparedDocument>,
  ): Promise<void>;
}

/**
 * Where profile writes tell the expert search to rebuild the search documents of the members
 * they changed, inside the same transaction. The matching feature registers its indexer here
 * (profiles do not depend on matching).
 */
@Injectable()
export class SearchIndexHook {
  private indexer?: SearchIndexer;

  register(indexer: SearchIndexer) {
    this.indexer = indexer;
  }

  async prepare(profiles: ProfileInput[]): Promise<PreparedDocument[] | undefined> {
    return this.indexer?.prepare(profiles);
  }

  async refresh(
    manager: EntityManager,
    memberIds: string[],
    prepared?: ReadonlyMap<string, PreparedDocument>,
  ): Promise<void> {
    if (this.indexer && memberIds.length) await this.indexer.refresh(manager, memberIds, prepared);
  }
}
