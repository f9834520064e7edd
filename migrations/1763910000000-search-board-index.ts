import { MigrationInterface, QueryRunner } from 'typeorm';

/** A board filter on the expert search collects its candidates through this index. */
export class SearchBoardIndex1763910000000 implements MigrationInterface {
  name = 'SearchBoardIndex1763910000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX ix_search_document_board ON search_document (board_id) WHERE board_id IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS ix_search_document_board`);
  }
}
