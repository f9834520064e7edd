import type { Browser, Page } from 'playwright-core';

import {
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  screenshot,
  signIn,
  VIEWPORTS,
} from './support/browser';

const TEACHER = 'leerkracht@deelwijs.example';

describe('profiles journey: a teacher fills in expertise through the picker and sees it', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  // Phone first: the teacher starts from the empty demo profile; the desktop run starts over.
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`works at ${viewport.width} px (${name})`, async () => {
      const context = await newContext(browser, viewport);
      const page = await context.newPage();
      const phone = viewport.width < 768;
      try {
        await signIn(page, TEACHER);
        await followNav(page, 'Mijn profiel', phone);
        await page.waitForURL(/\/profiel$/);
        await page.getByRole('heading', { level: 1, name: 'Mijn profiel' }).waitFor();
        await page.getByLabel('Kopregel').waitFor();
        await removeExistingEntries(page);

        await page.getByLabel('Kopregel').fill('Leerkracht groep 5 met oog voor taal');
        await page.getByLabel('Over mij').fill(
          'Ik werk tien jaar in groep 5.\nLeesproblemen en taalontwikkeling hebben mijn hart.' +
            // Differs per run, so the second run has something to save.
            (phone ? '' : '\n\nOp woensdagmiddag ben ik het best bereikbaar.'),
        );
        // Keyboard only, as a keyboard user would.
        const open = page.getByRole('switch', { name: /open voor vragen/ });
        await open.focus();
        if (!(await open.isChecked())) await page.keyboard.press('Space');
        await page.getByRole('switch', { name: /open voor vragen/, checked: true }).waitFor();
        await page.getByLabel('Hoe vaak').fill('1× per maand');

        // Entry 1, found by a synonym: "dyslectie" offers "Dyslexie"; the domain follows.
        await addEntryThroughPicker(page, 0, 'dyslectie', /dyslectie.*Dyslexie/, 'Dyslexie');
        await page.waitForFunction(
          () =>
            (document.getElementById('profile-expertise-0-domain') as HTMLInputElement | null)
              ?.value === 'Taal, lezen en spelling',
        );
        await entry(page, 0).getByText('Specialist', { exact: true }).click();
        await entry(page, 0).getByText('Materiaal delen', { exact: true }).click();

        // Entry 2, found by an abbreviation: "TOS".
        await addEntryThroughPicker(
          page,
          1,
          'TOS',
          /Taalontwikkelingsstoornis/,
          'Taalontwikkelingsstoornis (TOS)',
        );
        await entry(page, 1).getByText('Gevorderd', { exact: true }).click();
        await entry(page, 1).getByText('Sparren en meedenken', { exact: true }).click();

        await expectNoAxeViolations(page, 'profile editor');
        await screenshot(page, `profiles-editor-${viewport.width}`);

        await page.getByRole('button', { name: 'Opslaan' }).click();
        await page.getByText(/^Opgeslagen om \d{2}:\d{2}$/).waitFor();
        await page.getByText('Je profiel is opgeslagen.').waitFor();
        await screenshot(page, `profiles-editor-saved-${viewport.width}`);

        await page.getByRole('link', { name: 'Bekijk mijn profielpagina' }).click();
        await page.waitForURL(/\/leden\/[\w-]+$/);
        await page.getByRole('heading', { level: 1 }).waitFor();
        const main = page.getByRole('main');
        await main.getByRole('heading', { level: 3, name: 'Taal, lezen en spelling' }).waitFor();
        await main
          .getByRole('heading', { level: 3, name: 'Spraak- en taalontwikkeling' })
          .waitFor();
        await main.getByText('Dyslexie', { exact: true }).waitFor();
        await main.getByText('Taalontwikkelingsstoornis (TOS)', { exact: true }).waitFor();
        await main.getByText('Staat open voor vragen · 1× per maand').waitFor();
        await main.getByRole('link', { name: 'Stuur een e-mail' }).waitFor();
        const entriesShown = await main.getByRole('heading', { level: 3 }).count();
        expect(entriesShown).toBe(2);
        await expectNoAxeViolations(page, 'profile page');
        await screenshot(page, `profiles-page-${viewport.width}`);

        await followNav(page, "Collega's", phone);
        await page.waitForURL(/\/leden$/);
        await page.getByRole('heading', { level: 1, name: "Collega's" }).waitFor();
        await page.getByText(/^\d+ collega's$/).waitFor();
        await page.getByRole('list', { name: "Collega's" }).getByRole('link').first().waitFor();
        await expectNoAxeViolations(page, 'directory');
        await screenshot(page, `profiles-directory-${viewport.width}`);

        // Filters live in the URL.
        await page.getByRole('searchbox', { name: 'Naam' }).fill('leerkracht');
        await page.waitForURL(/zoek=leerkracht/);
      } finally {
        await context.close();
      }
    });
  }
});

function entry(page: Page, index: number) {
  return page.getByRole('region', { name: new RegExp(`^Expertise ${index + 1}`) });
}

async function followNav(page: Page, label: string, phone: boolean): Promise<void> {
  if (phone) {
    await page.getByRole('button', { name: 'Menu openen' }).click();
    await page.getByRole('dialog').getByRole('link', { name: label }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  } else {
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: label })
      .click();
  }
}

/** The desktop run starts from what the phone run saved. */
async function removeExistingEntries(page: Page): Promise<void> {
  const remove = page.getByRole('button', { name: /^Expertise \d+ verwijderen$/ });
  while ((await remove.count()) > 0) await remove.first().click();
}

async function addEntryThroughPicker(
  page: Page,
  index: number,
  typed: string,
  option: RegExp,
  chosen: string,
): Promise<void> {
  await page.getByRole('button', { name: 'Expertise toevoegen' }).click();
  const picker = page.locator(`#profile-expertise-${index}-subtopics`);
  await picker.click();
  await picker.pressSequentially(typed, { delay: 30 });
  await page.getByRole('option', { name: option }).click();
  await page.keyboard.press('Escape');
  await entry(page, index).getByText(chosen, { exact: true }).waitFor();
}
