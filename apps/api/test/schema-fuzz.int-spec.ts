import { randomUUID } from 'node:crypto';

import {
  DOMAIN_SLUGS,
  EXPERTISE_SOURCE_SLUGS,
  OFFER_TYPE_SLUGS,
  ROLE_SLUGS,
  SUBTOPIC_SLUGS,
} from '@deelwijs/taxonomy';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLObjectType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
} from 'graphql';
import TestAgent from 'supertest/lib/agent';

import { PlatformRole } from '../src/members/member.entity';
import { CONFIGURABLE_KINDS } from '../src/notifications/notification-kinds';
import { BoardEntity } from '../src/organisation/board.entity';
import { aMember, aSchool, TEST_PASSWORD } from './factories';
import { createTestApp, gql, TestApp } from './test-app';
import { isEmbeddedTestDatabase } from './test-database';

/**
 * Walks every query and mutation of the running schema and calls each with generated bad
 * values: null bytes, white space, prototype keys, oversized strings and lists, invalid ids,
 * explicit nulls in every nullable input field, extreme numbers and dates. No answer may be
 * INTERNAL_SERVER_ERROR or HTTP 5xx. Nothing here names an operation: a resolver added later
 * is called too. Each operation runs as a fresh admin (mutations get a fresh world, so
 * logout, deletions or deactivations do not spoil the next one) and anonymously.
 */

const LOGIN = `mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { id } }`;
const inDays = (days: number, hours = 0) =>
  new Date(Date.now() + days * 86_400_000 + hours * 3_600_000).toISOString();

/** Ids of real rows, so valid-looking input reaches the services (not only the validation). */
interface World {
  agent: TestAgent;
  adminEmail: string;
  ids: Record<
    'member' | 'school' | 'board' | 'group' | 'thread' | 'answer' | 'event' | 'registration',
    string
  >;
  subtopicSlug: string;
}

// ---------------------------------------------------------------- values

const STRING_BAD: [string, unknown][] = [
  ['NUL', 'tekst\u0000'],
  ['only NUL', '\u0000'],
  ['white space', ' \t\n '],
  ['empty', ''],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
  ['toString', 'toString'],
  ['60k chars', 'x'.repeat(60_000)],
];
const ID_BAD: [string, unknown][] = [
  ['not-a-uuid', 'not-a-uuid'],
  ['nil uuid', '00000000-0000-0000-0000-000000000000'],
  ['unknown uuid', '7d3c1c3e-1111-4a4a-8b8b-0123456789ab'],
  ['NUL id', 'x\u0000'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
];
const INT_BAD: [string, unknown][] = [
  ['2^31', 2 ** 31],
  ['max int', 2 ** 31 - 1],
  ['min int', -(2 ** 31)],
  ['-1', -1],
  ['0', 0],
];
const FLOAT_BAD: [string, unknown][] = [
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['NaN-ish', 'NaN'],
];
const DATE_BAD: [string, unknown][] = [
  ['year +275760', '+275760-09-13T00:00:00.000Z'],
  ['year -1', '-000001-01-01T00:00:00Z'],
  ['year 1', '0001-01-01T00:00:00Z'],
  ['garbage date', 'garbage'],
  ['epoch number', 8.64e15],
];

function badScalars(typeName: string): [string, unknown][] {
  switch (typeName) {
    case 'ID':
      return ID_BAD;
    case 'Int':
      return INT_BAD;
    case 'Float':
      return FLOAT_BAD;
    case 'Boolean':
      return [
        ['true', true],
        ['false', false],
      ];
    case 'DateTime':
      return DATE_BAD;
    default:
      return STRING_BAD;
  }
}

/** A value that looks right for a field of this name (the rest of a call stays valid). */
function plausibleScalar(typeName: string, name: string, parent: string, world: World): unknown {
  const entity = (text: string) =>
    (
      ['registration', 'thread', 'answer', 'event', 'group', 'member', 'school', 'board'] as const
    ).find((e) => text.toLowerCase().includes(e));
  switch (typeName) {
    case 'Int':
      return /first/i.test(name) ? 5 : /offset/i.test(name) ? 0 : 10;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      if (/deadline/i.test(name)) return inDays(6);
      return /end/i.test(name) ? inDays(7, 2) : inDays(7);
  }
  if (/^(id|targetId)$/.test(name) || /Id$/.test(name)) {
    const kind = name === 'id' ? entity(parent) : name === 'targetId' ? 'thread' : entity(name);
    return kind ? world.ids[kind] : randomUUID();
  }
  if (/^(ids)$/.test(name)) return randomUUID();
  if (/^schools?$/.test(name)) return world.ids.school;
  if (/^boards?$/.test(name)) return world.ids.board;
  if (/^domains?$/.test(name)) return DOMAIN_SLUGS[0];
  if (/^subtopics?$/.test(name)) return SUBTOPIC_SLUGS[0];
  if (name === 'slug') return /subtopic/i.test(parent) ? world.subtopicSlug : 'onbekend';
  if (/^(jobRole|roles?)$/.test(name)) return ROLE_SLUGS[0];
  if (/^offers?$/.test(name)) return OFFER_TYPE_SLUGS[0];
  if (name === 'source') return EXPERTISE_SOURCE_SLUGS[0];
  if (name === 'kind') return CONFIGURABLE_KINDS[0]!.kind;
  if (name === 'locale') return 'nl';
  if (name === 'email')
    return /login/i.test(parent)
      ? world.adminEmail
      : `nieuw-${randomUUID().slice(0, 8)}@school.example`;
  if (/password/i.test(name))
    return /login/i.test(parent) ? TEST_PASSWORD : 'een-heel-lang-wachtwoord-2026';
  if (name === 'onlineUrl') return 'https://example.org/live';
  if (name === 'body') return '<p>Wie kan helpen met rekenen?</p>';
  if (/^(query|text|prefix|search)$/.test(name)) return 'dyslexie in groep 5';
  if (name === 'after') return null;
  return 'Rekenen in groep 5';
}

interface Alternative {
  label: string;
  value: unknown;
}

/** A valid-looking value of an input type: required fields only, filled plausibly. */
function plausible(type: GraphQLInputType, name: string, parent: string, world: World): unknown {
  if (isNonNullType(type)) return plausible(type.ofType, name, parent, world);
  if (isListType(type)) return [plausible(type.ofType, name, parent, world)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        object[field.name] = plausible(field.type, field.name, type.name, world);
      }
    }
    return object;
  }
  return plausibleScalar(getNamedType(type).name, name, parent, world);
}

/**
 * The values to try at one position: explicit null where the type allows it, a plausible
 * value for an optional position, the bad values of its scalar, each enum value, and inside
 * input objects and lists the same for every field and element.
 */
function alternatives(
  type: GraphQLInputType,
  name: string,
  parent: string,
  world: World,
  depth = 0,
): Alternative[] {
  const out: Alternative[] = [];
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  if (nullable) {
    out.push({ label: 'null', value: null });
    out.push({ label: 'plausible', value: plausible(inner, name, parent, world) });
  }
  if (isListType(inner)) {
    const element = inner.ofType;
    const one = plausible(element, name, parent, world);
    out.push({ label: '[]', value: [] });
    out.push({ label: '500 elements', value: Array.from({ length: 500 }, () => one) });
    for (const alt of alternatives(element, name, parent, world, depth + 1)) {
      out.push({ label: `[${alt.label}]`, value: [alt.value] });
    }
  } else if (isEnumType(inner)) {
    for (const value of inner.getValues()) out.push({ label: value.name, value: value.name });
    out.push({ label: 'unknown enum value', value: 'NOPE' });
  } else if (isInputObjectType(inner)) {
    if (depth > 3) return out;
    const base = plausible(inner, name, parent, world) as Record<string, unknown>;
    for (const field of Object.values(inner.getFields())) {
      for (const alt of alternatives(field.type, field.name, inner.name, world, depth + 1)) {
        out.push({
          label: `${field.name}: ${alt.label}`,
          value: { ...base, [field.name]: alt.value },
        });
      }
    }
  } else if (isLeafType(inner)) {
    out.push(...badScalars(inner.name).map(([label, value]) => ({ label, value })));
  }
  return out;
}

interface Call {
  label: string;
  variables: Record<string, unknown>;
}

/** The base call (required arguments, plausible) and one call per alternative of each argument. */
function callsFor(field: GraphQLField<unknown, unknown>, world: World): Call[] {
  const base: Record<string, unknown> = {};
  for (const arg of field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      base[arg.name] = plausible(arg.type, arg.name, field.name, world);
    }
  }
  const calls: Call[] = [{ label: 'plausible', variables: base }];
  for (const arg of field.args) {
    for (const alt of alternatives(arg.type, arg.name, field.name, world)) {
      calls.push({
        label: `${arg.name}: ${alt.label}`,
        variables: { ...base, [arg.name]: alt.value },
      });
    }
  }
  return calls;
}

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const params = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${params ? `(${params})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

// ---------------------------------------------------------------- the test

describe('schema fuzz: no generated bad input gives a 500', () => {
  let t: TestApp;
  let schema: GraphQLSchema;
  let taxonomyRows: { subtopics: unknown; meta: unknown };

  beforeAll(async () => {
    t = await createTestApp();
    schema = t.app.get(GraphQLSchemaHost).schema;
    // taxonomy tables are kept between test files: put back what the mutations change
    const [subtopics] = await t.dataSource.query(
      `SELECT coalesce(json_agg(s), '[]') AS rows FROM taxonomy_subtopic s`,
    );
    const [meta] = await t.dataSource.query(
      `SELECT coalesce(json_agg(m), '[]') AS rows FROM taxonomy_meta m`,
    );
    taxonomyRows = { subtopics: subtopics.rows, meta: meta.rows };
  });

  afterAll(async () => {
    await t.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM taxonomy_subtopic`);
      await manager.query(
        `INSERT INTO taxonomy_subtopic SELECT * FROM json_populate_recordset(null::taxonomy_subtopic, $1::json)`,
        [JSON.stringify(taxonomyRows.subtopics)],
      );
      await manager.query(`DELETE FROM taxonomy_meta`);
      await manager.query(
        `INSERT INTO taxonomy_meta SELECT * FROM json_populate_recordset(null::taxonomy_meta, $1::json)`,
        [JSON.stringify(taxonomyRows.meta)],
      );
    });
    await t.close();
  });

  /** A signed-in admin with a group, a question with an answer, an event with a sign-up. */
  async function aWorld(): Promise<World> {
    const admin = await aMember(t.dataSource, { platformRole: PlatformRole.ADMIN });
    const other = await aMember(t.dataSource);
    const board = await t.dataSource
      .getRepository(BoardEntity)
      .save({ name: `Bestuur ${randomUUID().slice(0, 8)}` });
    const school = await aSchool(t.dataSource, { boardId: board.id });
    const agent = t.agent();
    const ok = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await gql(agent, query, variables);
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    await ok(LOGIN, { email: admin.email, password: TEST_PASSWORD });
    const group = await ok(`mutation { createGroup(input: { name: "Rekenen" }) { id } }`);
    const thread = await ok(
      `mutation($g: ID) { askQuestion(input: { groupId: $g, title: "Rekenen in groep 5", body: "Wie helpt?" }) { id } }`,
      { g: group['createGroup'].id },
    );
    const answer = await ok(
      `mutation($t: ID!) { answerQuestion(input: { threadId: $t, body: "Ik help graag." }) { id } }`,
      { t: thread['askQuestion'].id },
    );
    const event = await ok(
      `mutation($s: DateTime!) { createEvent(input: { title: "Rekencafé", startsAt: $s, capacity: 5 }) { id } }`,
      { s: inDays(7) },
    );
    const registration = await ok(
      `mutation($e: ID!) { registerForEvent(input: { eventId: $e }) { id } }`,
      { e: event['createEvent'].id },
    );
    const subtopic = await ok(
      `mutation($d: ID!, $l: String!) { addSubtopic(input: { domain: $d, labelNl: $l }) { slug } }`,
      { d: DOMAIN_SLUGS[0], l: `Fuzz ${randomUUID().slice(0, 8)}` },
    );
    return {
      agent,
      adminEmail: admin.email,
      subtopicSlug: subtopic['addSubtopic'].slug,
      ids: {
        member: other.id,
        school: school.id,
        board: board.id,
        group: group['createGroup'].id,
        thread: thread['askQuestion'].id,
        answer: answer['answerQuestion'].id,
        event: event['createEvent'].id,
        registration: registration['registerForEvent'].id,
      },
    };
  }

  it(
    'answers every query and mutation without INTERNAL_SERVER_ERROR or HTTP 5xx',
    async () => {
      // PGlite runs one statement at a time: fewer calls per operation there
      const stride = isEmbeddedTestDatabase() ? 3 : 1;
      const failures: string[] = [];
      let total = 0;
      /** Sends one call; notes a failure; tells whether the client was refused as signed out. */
      const send = async (agent: TestAgent, document: string, call: Call, who: string) => {
        total++;
        const res = await gql(agent, document, call.variables);
        const codes = (res.errors ?? []).map((e) => e.extensions?.['code']);
        if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) {
          const messages = (res.errors ?? []).map((e) => e.message).join('; ');
          failures.push(`${call.label} as ${who}: HTTP ${res.status} ${messages}`);
        }
        return codes.includes('UNAUTHENTICATED');
      };
      const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
        ['query', schema.getQueryType()],
        ['mutation', schema.getMutationType()],
      ];
      const queryWorld = await aWorld();
      for (const [kind, root] of roots) {
        for (const field of Object.values(root?.getFields() ?? {})) {
          const world = kind === 'query' ? queryWorld : await aWorld();
          const document = documentFor(kind, field);
          const [base, ...variants] = callsFor(field, world).filter((_, i) => i % stride === 0);
          const label = (call: Call) => ({ ...call, label: `${field.name} (${call.label})` });
          // The auth guard runs before anything reads the input: when it refuses the plausible
          // call, it refuses every variant the same way, so signed out only public operations
          // get them all.
          const anonymous = t.agent();
          const guarded = await send(anonymous, document, label(base!), 'anonymous');
          await send(world.agent, document, label(base!), 'admin');
          // in order per client: a call may change what the next one finds
          for (const call of variants.map(label)) {
            await Promise.all([
              send(world.agent, document, call, 'admin'),
              guarded ? undefined : send(anonymous, document, call, 'anonymous'),
            ]);
          }
        }
      }
      expect(total).toBeGreaterThan(500);
      expect(failures).toEqual([]);
    },
    isEmbeddedTestDatabase() ? 600_000 : 180_000,
  );
});
