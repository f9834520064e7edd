import { createHash } from 'node:crypto';

import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

import { PasswordService } from '../auth/password.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MemberStatus, PlatformRole } from '../members/member.entity';
import { MemberImportService } from '../members/member-import.service';
import { parseSchoolRef, SchoolRef } from '../organisation/organisation.service';
import { ProfileImportService } from '../profiles/profile-import.service';
import demoProfiles from './data/profiles.json';
import { DemoContentService } from './demo-content.service';

/** The sign-in accounts listed in the README (password: DEMO_PASSWORD). */
export const DEMO_ACCOUNTS = [
  {
    email: 'admin@deelwijs.example',
    name: 'Marieke van Dam',
    jobRole: 'onderwijsspecialist',
    platformRole: PlatformRole.ADMIN,
  },
  {
    email: 'coordinator@deelwijs.example',
    name: 'Joost Verbeek',
    jobRole: 'onderwijsspecialist',
    platformRole: PlatformRole.COORDINATOR,
  },
  {
    email: 'moderator@deelwijs.example',
    name: 'Ilse Hendriks',
    jobRole: 'gedragsspecialist',
    platformRole: PlatformRole.MODERATOR,
  },
  {
    email: 'ib@deelwijs.example',
    name: 'Fatima El Amrani',
    jobRole: 'intern-begeleider',
    platformRole: PlatformRole.MEMBER,
  },
  {
    email: 'leerkracht@deelwijs.example',
    name: 'Sanne de Boer',
    jobRole: 'leerkracht',
    platformRole: PlatformRole.MEMBER,
  },
];
const DEMO_HOME_SCHOOL = 'CBS De Korenmaat, Veenendaal';

/** Invented schoolbesturen, chosen by the school's denomination prefix. */
const BOARDS: { prefix: RegExp; name: string }[] = [
  { prefix: /^(CBS|PCBS|GBS)\b/i, name: 'Stichting Christelijk Onderwijs Gelderse Vallei' },
  { prefix: /^(OBS|OBO)\b/i, name: 'Stichting Openbaar Onderwijs Vallei en Rijn' },
  { prefix: /^(RKBS|KBS|RK)\b/i, name: 'Stichting Katholiek Onderwijs De Vallei' },
];
const DEFAULT_BOARD = 'Stichting Samen Leren Ede-Wageningen';

const digest = (value: string) => createHash('sha1').update(value).digest();

/** A stable, invented BRIN-vestiging code such as 12AB00. */
export function inventBrin(school: SchoolRef): string {
  const bytes = digest(`${school.name}|${school.town}`);
  const letters = String.fromCharCode(65 + (bytes[1] % 26), 65 + (bytes[2] % 26));
  return `${String(bytes[0] % 100).padStart(2, '0')}${letters}00`;
}

/**
 * Loads the demo association on first start of an empty database (DEMO_DATA): schoolbesturen,
 * schools with BRIN codes, the members of the demo profiles and the README's demo accounts.
 */
@Injectable()
export class DemoSeederService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Demo');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly importer: MemberImportService,
    private readonly passwords: PasswordService,
    private readonly profiles: ProfileImportService,
    private readonly content: DemoContentService,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.DEMO_DATA) return;
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM member`);
    if (count > 0) return;
    await this.seed();
  }

  async seed(): Promise<void> {
    const started = Date.now();
    const passwordHash = await this.passwords.hash(this.config.DEMO_PASSWORD);
    const seeded = await this.dataSource.transaction(async (manager) => {
      // Another replica may be seeding at the same moment: only one proceeds.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('deelwijs:demo-seed'))`);
      const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM member`);
      if (count > 0) return false;
      await this.importer.insertMembers(
        manager,
        DEMO_ACCOUNTS.map((account) => ({
          ...account,
          school: parseSchoolRef(DEMO_HOME_SCHOOL),
          status: MemberStatus.ACTIVE,
          passwordHash,
        })),
      );
      return true;
    });
    if (!seeded) return;
    const report = await this.profiles.importRecords(
      (demoProfiles as unknown[]).map((record, index) => ({ line: index + 1, record })),
      { passwordHash },
    );
    if (report.rejected.length) {
      this.logger.warn(`Demo profiles rejected: ${JSON.stringify(report.rejected.slice(0, 5))}`);
    }
    const summary = await this.dataSource.transaction(async (manager) => {
      await this.assignBoards(manager);
      // The demo IB'er and moderator take part in the IB network and a few theme groups.
      return this.content.load(manager, {
        'ib-netwerk-ede': ['ib@deelwijs.example', 'moderator@deelwijs.example'],
        'gedrag-in-de-klas': [
          'ib@deelwijs.example',
          'leerkracht@deelwijs.example',
          'moderator@deelwijs.example',
        ],
        'dyslexie-en-leesplezier': ['leerkracht@deelwijs.example'],
      });
    });
    this.logger.log(
      `Demo data loaded in ${Date.now() - started} ms: ${DEMO_ACCOUNTS.length + report.imported} members with ${report.imported} expertise profiles, ${summary} (password: DEMO_PASSWORD)`,
    );
  }

  private async assignBoards(manager: EntityManager) {
    const schools: { id: string; name: string; town: string }[] = await manager.query(
      `SELECT id, name, town FROM school`,
    );
    const boardNames = [...new Set([...BOARDS.map((b) => b.name), DEFAULT_BOARD])];
    const boards: { id: string; name: string }[] = await manager.query(
      `INSERT INTO board (name) SELECT unnest($1::text[])
       ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id, name`,
      [boardNames],
    );
    const boardId = new Map(boards.map((b) => [b.name, b.id]));
    for (const school of schools) {
      const board = BOARDS.find((b) => b.prefix.test(school.name))?.name ?? DEFAULT_BOARD;
      await manager.query(
        `UPDATE school SET board_id = $2, brin = coalesce(brin, $3) WHERE id = $1`,
        [school.id, boardId.get(board), inventBrin(school)],
      );
    }
  }
}
