import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager, In } from 'typeorm';

import { MemberEntity } from '../members/member.entity';
import { PrivacyGuardService } from '../privacy/privacy-guard.service';
import { TaxonomyService } from '../taxonomy/taxonomy.service';
import { UpdateProfileInput } from './dto/update-profile.input';
import { ExpertiseEntryEntity, ExpertiseProfileEntity } from './profile.entities';
import { checkExpertise, CleanExpertise, cleanTags, cleanText } from './profile-rules';
import { SearchIndexHook } from './search-index.hook';

@Injectable()
export class ProfilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly taxonomy: TaxonomyService,
    private readonly searchIndex: SearchIndexHook,
    private readonly privacy: PrivacyGuardService,
  ) {}

  createProfileLoader(): DataLoader<string, ExpertiseProfileEntity | null> {
    return new DataLoader(async (memberIds) => {
      const rows = await this.dataSource
        .getRepository(ExpertiseProfileEntity)
        .findBy({ memberId: In([...memberIds]) });
      const byId = new Map(rows.map((row) => [row.memberId, row]));
      return memberIds.map((id) => byId.get(id) ?? null);
    });
  }

  createEntriesLoader(): DataLoader<string, ExpertiseEntryEntity[]> {
    return new DataLoader(async (memberIds) => {
      const rows = await this.dataSource
        .getRepository(ExpertiseEntryEntity)
        .find({ where: { memberId: In([...memberIds]) }, order: { position: 'ASC' } });
      const byId = new Map<string, ExpertiseEntryEntity[]>();
      for (const row of rows) byId.set(row.memberId, [...(byId.get(row.memberId) ?? []), row]);
      return memberIds.map((id) => byId.get(id) ?? []);
    });
  }

  /**
   * Validates everything first, then writes the profile and its entries in one transaction:
   * a refused update changes nothing. Fields left out of the input stay as they are.
   */
  async updateMyProfile(member: MemberEntity, input: UpdateProfileInput): Promise<MemberEntity> {
    const current = await this.dataSource
      .getRepository(ExpertiseEntryEntity)
      .findBy({ memberId: member.id });
    let entries: CleanExpertise[] | undefined;
    if (input.expertise) {
      const held = new Set(current.flatMap((entry) => entry.subtopicSlugs));
      entries = checkExpertise(input.expertise, await this.taxonomy.snapshot(), held);
    }
    this.privacy.check(
      [
        { field: 'headline', text: input.headline },
        { field: 'bio', text: input.bio },
        { field: 'availability', text: input.availability },
        ...(input.tags ?? []).map((text, i) => ({ field: `tags.${i}`, text })),
        ...(input.expertise ?? []).map((entry, i) => ({
          field: `expertise.${i}.description`,
          text: entry.description,
        })),
      ],
      input.confirmPrivacyWarning,
    );
    const changes: Partial<ExpertiseProfileEntity> = {};
    if (input.headline !== undefined) changes.headline = cleanText(input.headline);
    if (input.bio !== undefined) changes.bio = cleanText(input.bio);
    if (input.tags !== undefined) changes.tags = cleanTags(input.tags);
    if (input.availability !== undefined) changes.availability = cleanText(input.availability);
    if (input.openForQuestions !== undefined) changes.openForQuestions = input.openForQuestions;

    await this.dataSource.transaction(async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ExpertiseProfileEntity)
        .values({ memberId: member.id, ...changes })
        .orUpdate([...Object.keys(changes).map(toColumn), 'updated_at'], ['member_id'])
        .execute();
      if (entries) await this.replaceEntries(manager, [member.id], new Map([[member.id, entries]]));
      await this.searchIndex.refresh(manager, [member.id]);
    });
    return member;
  }

  /** Replaces the expertise entries of these members (bulk: one delete, one insert). */
  async replaceEntries(
    manager: EntityManager,
    memberIds: string[],
    entries: Map<string, CleanExpertise[]>,
  ): Promise<void> {
    await manager.query(`DELETE FROM expertise_entry WHERE member_id = ANY($1::uuid[])`, [
      memberIds,
    ]);
    const rows = memberIds.flatMap((memberId) =>
      (entries.get(memberId) ?? []).map((entry, position) => ({ memberId, position, ...entry })),
    );
    if (!rows.length) return;
    await manager.query(
      `INSERT INTO expertise_entry (member_id, position, domain_slug, subtopic_slugs, level, source, offers, description)
       SELECT member_id, position, domain_slug,
              ARRAY(SELECT jsonb_array_elements_text(subtopics)), level, source,
              ARRAY(SELECT jsonb_array_elements_text(offers)), description
         FROM jsonb_to_recordset($1::jsonb) AS r(member_id uuid, position int, domain_slug text,
              subtopics jsonb, level text, source text, offers jsonb, description text)`,
      [
        JSON.stringify(
          rows.map((r) => ({
            member_id: r.memberId,
            position: r.position,
            domain_slug: r.domainSlug,
            subtopics: r.subtopicSlugs,
            level: r.level,
            source: r.source,
            offers: r.offers,
            description: r.description,
          })),
        ),
      ],
    );
  }
}

const toColumn = (property: string) => property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
