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

const ASKER = 'leerkracht@deelwijs.example';
const GROUP_NAME = 'Jonge kind';

/** Axe at 360 px, screenshots at 360 px and 1280 px, back to desktop. */
async function checkPage(page: Page, name: string) {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.waitForTimeout(300);
  await expectNoAxeViolations(page, `${name} (360 px)`);
  await screenshot(page, `questions-${name}-360`);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.waitForTimeout(300);
  await expectNoAxeViolations(page, `${name} (1280 px)`);
  await screenshot(page, `questions-${name}-1280`);
}

describe('questions journey: join, ask, routed to an expert, answered, accepted', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function personPage(email: string): Promise<Page> {
    const context = await newContext(browser, VIEWPORTS.desktop);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email);
    return page;
  }

  afterEach(async () => {
    // On failure, what each person saw last.
    const pages = contexts.flatMap((context) => context.pages());
    await Promise.all(
      pages.map((page, index) =>
        screenshot(page, `questions-last-${index}`).catch(() => undefined),
      ),
    );
  });

  it('reaches a suggested expert whose answer the asker accepts', async () => {
    const title = `Een kleuter in mijn groep praat niet in de klas, wel thuis. Wie kan meekijken? (${Date.now().toString(36)})`;

    // 1. The asker finds an OPEN group they are not in, and joins it.
    const asker = await personPage(ASKER);
    await asker.getByRole('link', { name: 'Vragen' }).first().waitFor();
    await asker.goto('/groepen');
    await asker.getByRole('heading', { level: 1, name: 'Groepen' }).waitFor();
    await asker.getByRole('link', { name: GROUP_NAME, exact: true }).waitFor();
    await checkPage(asker, 'groups');

    await asker.getByRole('link', { name: GROUP_NAME, exact: true }).click();
    await asker.getByRole('heading', { level: 1, name: GROUP_NAME }).waitFor();
    await asker.getByRole('button', { name: /^Lid worden/ }).click();
    await asker.getByRole('button', { name: 'Groep verlaten' }).waitFor();
    await asker.getByRole('tab', { name: 'Vragen' }).waitFor();
    await asker.getByRole('link', { name: 'Stel een vraag' }).waitFor();
    await checkPage(asker, 'group');

    // Ask in the group: the group is preselected, similar questions appear while typing.
    await asker.getByRole('link', { name: 'Stel een vraag' }).click();
    await asker.waitForURL(/\/vragen\/nieuw\?groep=jonge-kind$/);
    await asker.getByRole('heading', { level: 1, name: 'Stel een vraag' }).waitFor();
    expect(
      await asker
        .getByLabel(/^Waar stel je de vraag/)
        .first()
        .inputValue(),
    ).toBe(GROUP_NAME);
    await asker.getByRole('textbox', { name: /Je vraag in één zin/ }).fill(title);
    await asker
      .getByRole('textbox', { name: /Toelichting/ })
      .fill(
        'Ze is vijf en zegt op school geen woord, ook niet tegen andere kinderen. Thuis kletst ze honderduit volgens haar ouders. Hoe kan ik haar helpen zonder druk te zetten?',
      );
    await asker
      .getByRole('region', { name: 'Lijkt op deze vragen' })
      .getByRole('link')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined); // a hint, not a requirement: the demo may hold no similar question
    await checkPage(asker, 'ask');

    await asker.getByRole('button', { name: 'Vraag plaatsen' }).click();
    await asker.waitForURL(/\/vragen\/[0-9a-f-]{36}$/);
    const threadPath = new URL(asker.url()).pathname;
    await asker.getByRole('heading', { level: 1, name: title }).waitFor();

    // The inferred topics and the suggested experts, each with reasons. When Deelwijs is not
    // sure of the topic, the asker chooses one of its suggestions ("Onderwerp kiezen").
    const topics = asker.getByRole('region', { name: 'Onderwerpen' });
    const choose = asker.getByRole('region', { name: 'Onderwerp kiezen' });
    await topics.or(choose).first().waitFor();
    if (await choose.isVisible()) {
      await checkPage(asker, 'thread-choose-topic');
      await choose
        .getByRole('list', { name: 'Misschien gaat je vraag over:' })
        .getByRole('button')
        .first()
        .click();
    }
    await topics.getByRole('listitem').first().waitFor();
    const topicLabels = await topics.getByRole('listitem').allInnerTexts();
    expect(topicLabels.length).toBeGreaterThan(0);
    const experts = asker.getByTestId('suggested-expert');
    await experts.first().waitFor({ timeout: 30_000 });
    expect(await experts.count()).toBeGreaterThan(0);
    const firstExpert = experts.first();
    const expertLink = firstExpert.getByRole('link').first();
    const expertName = (await expertLink.innerText()).trim();
    const expertId = (await expertLink.getAttribute('href'))?.split('/').pop() ?? '';
    const reasons = await firstExpert
      .getByRole('list', { name: `Waarom ${expertName}?` })
      .getByRole('listitem')
      .allInnerTexts();
    expect(reasons.length).toBeGreaterThan(0);
    await checkPage(asker, 'thread-asked');

    // 2. The expert: their address through the api, as the page would ask it.
    const { member } = await graphql<{ member: { email: string } | null }>(
      asker,
      'query ($id: ID!) { member(id: $id) { email } }',
      { id: expertId },
    );
    expect(member?.email).toMatch(/@/);
    const expert = await personPage(member?.email ?? '');

    // The bell in the header shows the routed question; its link opens the thread.
    const bell = expert.getByRole('button', { name: /^Meldingen/ });
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toMatch(/ongelezen/i);
    await bell.click();
    const notification = expert
      .getByRole('dialog')
      .getByRole('button', { name: new RegExp(title.slice(0, 40).replace(/[.?()]/g, '.')) })
      .first();
    await notification.waitFor();
    await notification.click();
    await expert.waitForURL((url) => url.pathname === threadPath);
    await expert.getByRole('heading', { level: 1, name: title }).waitFor();

    // Answering in a group takes membership; an open group can be joined from the thread.
    const answerBox = expert.getByRole('textbox', { name: /^Antwoord/ });
    const joinToAnswer = expert.getByRole('button', { name: `Lid worden van ${GROUP_NAME}` });
    await Promise.race([answerBox.waitFor(), joinToAnswer.waitFor()]);
    if (await joinToAnswer.isVisible()) {
      await expectNoAxeViolations(expert, 'thread, join to answer');
      await joinToAnswer.click();
    }
    await answerBox.fill(
      'Dit lijkt op selectief mutisme. Zet geen druk op praten, bied non-verbale manieren om mee te doen en bouw via een vertrouwd maatje kleine stapjes op. Ik kijk graag een keer mee.',
    );
    await expert.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await expert.getByText('Dit lijkt op selectief mutisme.', { exact: false }).first().waitFor();
    await expert.getByRole('article', { name: expertName }).waitFor();

    // 3. The asker sees the answer and accepts it.
    await asker.reload();
    const answer = asker.getByRole('article', { name: expertName });
    await answer.waitFor();
    await answer.getByRole('button', { name: 'Accepteer dit antwoord' }).click();
    await answer.getByText('Geaccepteerd antwoord').waitFor();
    expect(await answer.getByRole('button', { name: 'Accepteer dit antwoord' }).count()).toBe(0);
    await checkPage(asker, 'thread-accepted');

    // The accepted state is stored: another look confirms it.
    const { thread } = await graphql<{ thread: { acceptedAnswer: { id: string } | null } }>(
      asker,
      'query ($id: ID!) { thread(id: $id) { acceptedAnswer { id } } }',
      { id: threadPath.split('/').pop() },
    );
    expect(thread.acceptedAnswer).not.toBeNull();
  });
});
