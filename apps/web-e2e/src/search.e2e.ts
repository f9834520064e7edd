import type { Browser, Page } from 'playwright-core';

import {
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  screenshot,
  signIn,
  VIEWPORTS,
} from './support/browser';

const IB = 'ib@deelwijs.example';
const QUESTION = 'wie kan meekijken bij een kleuter die niet praat in de klas?';
const COUNT = /^(\d+) collega('s)? gevonden$/;

async function resultCount(page: Page): Promise<number> {
  const status = page.getByRole('main').getByRole('status').filter({ hasText: COUNT });
  await status.waitFor();
  const text = (await status.textContent()) ?? '';
  return Number(COUNT.exec(text)?.[1] ?? NaN);
}

async function waitForCountChange(page: Page, before: number): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const now = await resultCount(page);
    if (now !== before) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`The count stayed at ${before}`);
}

describe('search journey: an IB’er asks a Dutch question and finds a colleague', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`works at ${viewport.width} px (${name})`, async () => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const phone = viewport.width < 992;
      try {
        await signIn(page, IB);
        await page.waitForURL((url) => url.pathname === '/');
        const box = page.getByRole('combobox', { name: 'Waar zoek je hulp bij?' });
        await box.waitFor();
        await page.getByRole('link', { name: 'dyslexie groep 5' }).waitFor();

        // Suggestions while typing, with the synonym that matched ("dyslectie → Dyslexie").
        await box.click();
        await page.keyboard.type('dyslectie', { delay: 20 });
        const option = page.getByRole('option', { name: /dyslectie.*Dyslexie/ });
        await option.waitFor();
        await expectNoAxeViolations(page, 'home with suggestions');
        await screenshot(page, `search-home-${viewport.width}`);

        // The whole question, by keyboard: clear, type, Enter.
        await box.fill('');
        await box.focus();
        await page.keyboard.type(QUESTION);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/zoeken\?q=wie\+kan\+meekijken/);
        const before = await resultCount(page);
        expect(before).toBeGreaterThan(1);

        const results = page.getByRole('list', { name: 'Zoekresultaten' });
        const first = results.getByRole('article').first();
        await first.waitFor();
        const reasons = first.getByRole('list', { name: 'Waarom deze collega' });
        const reasonText = (await reasons.innerText()).toLowerCase();
        expect(reasonText).toMatch(/mutisme|spraak|taal/);
        await expectNoAxeViolations(page, 'search results');
        await screenshot(page, `search-results-${viewport.width}`);

        // Narrow with a filter (in a drawer on a phone): only those who observe in class.
        let filters = page.getByRole('complementary', { name: 'Filters' });
        if (phone) {
          await page.getByRole('button', { name: /^Filters/ }).click();
          filters = page.getByRole('dialog', { name: 'Filters' });
        }
        const observe = filters.getByRole('checkbox', { name: /^Observatie in de klas \(\d+\)$/ });
        await observe.focus();
        await page.keyboard.press('Space');
        await page.waitForURL(/aanbod=observatie/);
        const after = await waitForCountChange(page, before);
        expect(after).toBeLessThan(before);
        expect(after).toBeGreaterThan(0);
        if (phone) {
          await expectNoAxeViolations(page, 'filters drawer');
          await screenshot(page, `search-filters-${viewport.width}`);
          await filters.getByRole('button', { name: /^Toon \d+ collega/ }).click();
          await filters.waitFor({ state: 'hidden' });
          await page.getByRole('button', { name: 'Filters (1)' }).waitFor();
        }
        await expectNoAxeViolations(page, 'filtered results');
        await screenshot(page, `search-filtered-${viewport.width}`);

        // Open the first colleague's profile.
        const link = results.getByRole('article').first().getByRole('heading').getByRole('link');
        const colleague = (await link.textContent()) ?? '';
        await link.click();
        await page.waitForURL(/\/leden\/[\w-]+$/);
        await page.getByRole('heading', { level: 1, name: colleague }).waitFor();

        // Back keeps the search and the filter.
        await page.goBack();
        await page.waitForURL(/\/zoeken\?.*aanbod=observatie/);
        expect(await resultCount(page)).toBe(after);
      } catch (error) {
        await screenshot(page, `search-failure-${viewport.width}`);
        throw error;
      } finally {
        await context.close();
      }
    });
  }
});
