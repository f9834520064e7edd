import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  expectNoAxeViolations,
  graphql,
  launchBrowser,
  newContext,
  screenshot,
  signIn,
  VIEWPORTS,
} from './support/browser';

/**
 * At 360 px, with titles, names, tags and texts made of one long unbroken word, no page may be
 * wider than the screen: `document.documentElement.scrollWidth <= innerWidth`.
 */

const AUTHOR = 'margreet.dekker@example.org';
const COORDINATOR = 'coordinator@deelwijs.example';
const ADMIN = 'admin@deelwijs.example';
const MODERATOR = 'moderator@deelwijs.example';

const run = Date.now().toString(36);
/** One word of `length` letters, different per run. */
const word = (stem: string, length: number) => `${stem}${run}`.repeat(20).slice(0, length);

const LONG_NAME = word('Vanderhoevenstraatmaatschappij', 70);
const LONG_TITLE = word('Onderwijszorgcoordinatieondersteuningsprogramma', 80);
const LONG_EVENT = word('Handelingsgerichtwerkenmasterclassreeks', 80);
const LONG_GROUP = word('Samenwerkingsverbandexpertisenetwerk', 80);
const LONG_TAG = word('Leesbegripsstrategie', 40);

interface Overflow {
  page: string;
  scrollWidth: number;
  innerWidth: number;
  /** The widest elements that stick out on the right, to say what to fix. */
  culprits: string[];
}

/** How far the page sticks out on the right, and which elements do it. */
async function measure(page: Page, name: string): Promise<Overflow | null> {
  const result = await page.evaluate(() => {
    const innerWidth = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .map((el) => ({ el, right: el.getBoundingClientRect().right }))
      .filter(({ right }) => right > innerWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 4)
      .map(({ el, right }) => {
        const cls = typeof el.className === 'string' ? el.className.split(' ')[0] : '';
        return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} → ${Math.round(right)} px`;
      });
    return { scrollWidth, innerWidth, culprits };
  });
  return result.scrollWidth <= result.innerWidth ? null : { page: name, ...result };
}

describe('phone layout: long unbroken words never widen a page at 360 px', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const overflows: Overflow[] = [];
  const axeFailures: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function personPage(email: string): Promise<Page> {
    const context = await newContext(browser, VIEWPORTS.phone);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email);
    return page;
  }

  /** Opens `path` at 360 px, waits for `text`, measures, runs axe and takes a screenshot. */
  async function check(page: Page, name: string, path: string | null, text: string) {
    if (path) await page.goto(path);
    await page.getByText(text, { exact: false }).first().waitFor();
    await page.waitForTimeout(300);
    const overflow = await measure(page, name);
    if (overflow) {
      overflows.push(overflow);
      console.warn(`${name} is wider than the screen`, overflow);
    }
    await screenshot(page, `phone-${name}-360`);
    // Collected, so that one run reports every page.
    await expectNoAxeViolations(page, `${name} (360 px)`).catch((error: Error) =>
      axeFailures.push(`${name}: ${error.message}`),
    );
    // The same page wide, to look at (tables and cards switch at 48em).
    await page.setViewportSize(VIEWPORTS.desktop);
    await page.waitForTimeout(300);
    await screenshot(page, `phone-${name}-1280`);
    await page.setViewportSize(VIEWPORTS.phone);
  }

  it('keeps every page within the screen', async () => {
    // The data: a member with a long name asks a long question, tags and starts a group.
    const author = await personPage(AUTHOR);
    const { updateMyAccount: me } = await graphql<{ updateMyAccount: { id: string } }>(
      author,
      'mutation ($input: UpdateMyAccountInput!) { updateMyAccount(input: $input) { id } }',
      { input: { name: `Margreet ${LONG_NAME}` } },
    );
    await graphql(
      author,
      'mutation ($input: UpdateProfileInput!) { updateMyProfile(input: $input) { id } }',
      { input: { tags: [LONG_TAG, 'begrijpend lezen'], headline: `Expert in ${LONG_TITLE}` } },
    );
    const { askQuestion: thread } = await graphql<{ askQuestion: { id: string } }>(
      author,
      'mutation ($input: AskQuestionInput!) { askQuestion(input: $input) { id } }',
      {
        input: {
          groupId: null,
          title: `${LONG_TITLE} vraag`,
          body: `<p>Wie weet meer over ${LONG_TITLE}? Zie ook https://example.org/${LONG_TITLE}/${LONG_TITLE}</p>`,
        },
      },
    );
    await graphql(
      author,
      'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }',
      { input: { name: LONG_GROUP, description: `${LONG_TITLE} ${LONG_TITLE}` } },
    );

    // The coordinator answers and reports it, and plans an event the author signs up for.
    const coordinator = await personPage(COORDINATOR);
    await graphql(
      coordinator,
      'mutation ($input: AnswerQuestionInput!) { answerQuestion(input: $input) { id } }',
      { input: { threadId: thread.id, body: `<p>Kijk eens naar ${LONG_EVENT}.</p>` } },
    );
    await graphql(
      coordinator,
      'mutation ($input: ReportContentInput!) { reportContent(input: $input) }',
      { input: { targetType: 'THREAD', targetId: thread.id, reason: `Spam: ${LONG_TAG}` } },
    );
    const startsAt = new Date(Date.now() + 21 * 86400_000);
    const { createEvent: event } = await graphql<{ createEvent: { id: string } }>(
      coordinator,
      'mutation ($input: CreateEventInput!) { createEvent(input: $input) { id } }',
      {
        input: {
          title: LONG_EVENT,
          startsAt: startsAt.toISOString(),
          location: `${LONG_GROUP}, Ede`,
          capacity: 1,
          description: LONG_TITLE,
        },
      },
    );
    await graphql(
      author,
      'mutation ($input: EventRegistrationInput!) { registerForEvent(input: $input) { id } }',
      { input: { eventId: event.id } },
    );
    const admin = await personPage(ADMIN);
    await graphql(
      admin,
      'mutation ($input: EventRegistrationInput!) { registerForEvent(input: $input) { id } }',
      { input: { eventId: event.id } },
    );

    // The pages, as each of them sees them.
    await check(author, 'questions', '/vragen', LONG_TITLE);
    await check(author, 'thread', `/vragen/${thread.id}`, LONG_EVENT);
    await check(author, 'agenda', '/agenda', LONG_EVENT);
    await check(author, 'event', `/agenda/${event.id}`, LONG_TITLE);
    await check(author, 'groups', '/groepen', LONG_GROUP);
    await check(author, 'directory', `/leden?zoek=Margreet`, LONG_NAME);
    await check(author, 'profile', `/leden/${me.id}`, LONG_TAG);
    await check(coordinator, 'registrations', `/agenda/${event.id}/aanmeldingen`, LONG_NAME);

    // At the door: the check-in box is big, on a card with the name first.
    await coordinator.getByRole('checkbox', { name: `Margreet ${LONG_NAME} was aanwezig` }).click();
    await coordinator.getByText('1 van 1 aanwezig').waitFor();

    await admin.goto('/beheer');
    await admin.getByRole('button', { name: 'Filters tonen' }).click();
    await admin.getByRole('searchbox', { name: 'Zoeken' }).fill('Margreet');
    await check(admin, 'admin-members', null, LONG_NAME);
    await check(admin, 'admin-audit', '/beheer?tab=auditlog', `Groep "${LONG_GROUP}" aangemaakt`);

    const moderator = await personPage(MODERATOR);
    await check(moderator, 'moderation', '/beheer', `Spam: ${LONG_TAG}`);

    // Group cards: the same three description lines, with or without the LID badge.
    await author.setViewportSize(VIEWPORTS.desktop);
    await author.goto('/groepen');
    await author.getByText(LONG_GROUP).first().waitFor();
    const tooTall = await author.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="group-description"]')]
        .map((el) => ({
          text: (el.textContent ?? '').slice(0, 30),
          lines: el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
        }))
        .filter(({ lines }) => lines > 3.05),
    );
    expect(tooTall).toEqual([]);

    // The header: the user menu (and its chevron) stays whole at every desktop width.
    for (const width of [360, 1000, 1100, 1280, 1440]) {
      await admin.setViewportSize({ width, height: 800 });
      await admin.waitForTimeout(200);
      const clipped = await admin.evaluate(() => {
        const trigger = [...document.querySelectorAll<HTMLElement>('header button')].find((b) =>
          b.textContent?.includes('accountmenu'),
        );
        const chevron = trigger?.querySelector('svg:last-of-type');
        if (!trigger || !chevron) return 'no user menu';
        const t = trigger.getBoundingClientRect();
        const c = chevron.getBoundingClientRect();
        return c.right <= t.right + 0.5 && t.right <= window.innerWidth
          ? null
          : `chevron ${c.right}, menu ${t.right}, window ${window.innerWidth}`;
      });
      expect({ width, clipped }).toEqual({ width, clipped: null });
      await screenshot(admin, `phone-header-admin-${width}`);
    }

    expect(overflows).toEqual([]);
    expect(axeFailures).toEqual([]);
  });
});
