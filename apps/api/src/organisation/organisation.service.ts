import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { EntityManager, In, Repository } from 'typeorm';

import { BadUserInputError } from '../common/errors';
import { BoardEntity } from './board.entity';
import { SchoolEntity } from './school.entity';

export interface SchoolRef {
  name: string;
  town: string;
}

/** "CBS De Korenmaat, Veenendaal" → name + town, split at the last comma. */
export function parseSchoolRef(value: string): SchoolRef | null {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  const comma = text.lastIndexOf(',');
  if (comma < 0) return { name: text, town: '' };
  const name = text.slice(0, comma).trim();
  const town = text.slice(comma + 1).trim();
  return name ? { name, town } : null;
}

@Injectable()
export class OrganisationService {
  constructor(
    @InjectRepository(SchoolEntity) private readonly schools: Repository<SchoolEntity>,
    @InjectRepository(BoardEntity) private readonly boards: Repository<BoardEntity>,
  ) {}

  listSchools(): Promise<SchoolEntity[]> {
    return this.schools.find({ order: { name: 'ASC', town: 'ASC' } });
  }

  listBoards(): Promise<BoardEntity[]> {
    return this.boards.find({ order: { name: 'ASC' } });
  }

  async requireSchool(id: string, field = 'schoolId'): Promise<SchoolEntity> {
    const school = await this.schools.findOneBy({ id });
    if (!school) throw new BadUserInputError(field, 'Deze school bestaat niet.');
    return school;
  }

  /** Finds or creates schools by name + town in one round trip; returns ids by "name|town". */
  async upsertSchools(manager: EntityManager, refs: SchoolRef[]): Promise<Map<string, string>> {
    const unique = new Map(refs.map((ref) => [schoolKey(ref), ref]));
    const result = new Map<string, string>();
    if (!unique.size) return result;
    const values = [...unique.values()];
    const rows: { id: string; name: string; town: string }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::text[]) AS t(name, town)
       ), inserted AS (
         INSERT INTO school (name, town) SELECT name, town FROM input
         ON CONFLICT (name, town) DO NOTHING
         RETURNING id, name, town
       )
       SELECT id, name, town FROM inserted
       UNION ALL
       SELECT s.id, s.name, s.town FROM school s JOIN input i USING (name, town)`,
      [values.map((v) => v.name), values.map((v) => v.town)],
    );
    for (const row of rows) result.set(schoolKey(row), row.id);
    return result;
  }

  createSchoolLoader(): DataLoader<string, SchoolEntity | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.schools.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  createBoardLoader(): DataLoader<string, BoardEntity | null> {
    return new DataLoader(async (ids) => {
      const rows = await this.boards.findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }
}

export const schoolKey = (ref: SchoolRef) => `${ref.name}|${ref.town}`;
