import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export type SearchIndexRefresher = (manager: EntityManager, memberIds: string[]) => Promise<void>;

/**
 * Where profile writes tell the expert search to rebuild the search documents of the members
 * they changed, inside the same transaction. The matching feature registers its refresher here
 * (profiles do not depend on matching).
 */
@Injectable()
export class SearchIndexHook {
  private refresher?: SearchIndexRefresher;

  register(refresher: SearchIndexRefresher) {
    this.refresher = refresher;
  }

  async refresh(manager: EntityManager, memberIds: string[]): Promise<void> {
    if (this.refresher && memberIds.length) await this.refresher(manager, memberIds);
  }
}
