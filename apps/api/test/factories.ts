import { randomUUID } from 'node:crypto';

import { Algorithm, hash } from '@node-rs/argon2';
import { DataSource } from 'typeorm';

import { MemberEntity, MemberStatus, PlatformRole } from '../src/members/member.entity';
import { SchoolEntity } from '../src/organisation/school.entity';

export const TEST_PASSWORD = 'kleurrijke-fietsbel-2026';
let cachedHash: Promise<string> | undefined;
const passwordHash = (password: string) =>
  password === TEST_PASSWORD
    ? (cachedHash ??= hash(TEST_PASSWORD, { algorithm: Algorithm.Argon2id }))
    : hash(password, { algorithm: Algorithm.Argon2id });

export interface MemberOptions {
  email?: string;
  name?: string;
  platformRole?: PlatformRole;
  status?: MemberStatus;
  jobRole?: string;
  password?: string | null;
  school?: SchoolEntity | null;
}

/** Inserts a member; active with TEST_PASSWORD unless told otherwise. */
export async function aMember(ds: DataSource, options: MemberOptions = {}): Promise<MemberEntity> {
  const id = randomUUID().slice(0, 8);
  const password = options.password === undefined ? TEST_PASSWORD : options.password;
  const member = ds.getRepository(MemberEntity).create({
    email: options.email ?? `lid-${id}@school.example`,
    name: options.name ?? `Lid ${id}`,
    platformRole: options.platformRole ?? PlatformRole.MEMBER,
    status: options.status ?? MemberStatus.ACTIVE,
    jobRole: options.jobRole ?? 'leerkracht',
    passwordHash: password ? await passwordHash(password) : null,
    schoolId: options.school?.id ?? null,
  });
  return ds.getRepository(MemberEntity).save(member);
}

export async function aSchool(
  ds: DataSource,
  options: Partial<Pick<SchoolEntity, 'name' | 'town' | 'brin' | 'boardId'>> = {},
): Promise<SchoolEntity> {
  const repo = ds.getRepository(SchoolEntity);
  return repo.save(
    repo.create({
      name: options.name ?? `Basisschool ${randomUUID().slice(0, 6)}`,
      town: options.town ?? 'Ede',
      brin: options.brin ?? null,
      boardId: options.boardId ?? null,
    }),
  );
}
