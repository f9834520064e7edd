import type { Browser, BrowserContext, Page } from 'playwright-core';

import {
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  screenshot,
  signIn,
  VIEWPORTS,
} from './support/browser';

const COORDINATOR = 'coordinator@deelwijs.example';
const MEMBER_A = 'ib@deelwijs.example';
const MEMBER_B = 'leerkracht@deelwijs.example';

/** A date two weeks ahead as the value of a datetime-local input (Dutch time). */
function twoWeeksAhead(time: string): string {
  const date = new Date(Date.now() + 14 * 86400_000);
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
  return `${day}T${time}`;
}

/** Screenshots of the current page at phone and desktop width, ending at `restore`. */
async function screenshotBoth(page: Page, name: string, restore = VIEWPORTS.desktop) {
  await page.setViewportSize(VIEWPORTS.phone);
  await page.waitForTimeout(250);
  await expectNoAxeViolations(page, `${name} (360 px)`);
  await screenshot(page, `events-${name}-360`);
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.waitForTimeout(250);
  await screenshot(page, `events-${name}-1280`);
  await page.setViewportSize(restore);
}

async function bellLabel(page: Page): Promise<string> {
  const bell = page.getByRole('button', { name: /^Meldingen/ });
  return (await bell.getAttribute('aria-label')) ?? '';
}

describe('events journey: create, sign up, waiting list, moving up', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await browser?.close();
  });

  async function personPage(
    email: string,
    viewport: { width: number; height: number } = VIEWPORTS.desktop,
  ): Promise<Page> {
    const context = await newContext(browser, viewport);
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, email);
    return page;
  }

  it('keeps one seat for one person and moves the waiting list up', async () => {
    const title = `Atelier Handelingsgericht werken ${Date.now().toString(36)}`;

    // 1. The coordinator creates an event with one seat, through the form.
    const coordinator = await personPage(COORDINATOR);
    await coordinator.goto('/agenda');
    await coordinator.getByRole('heading', { level: 1, name: 'Agenda' }).waitFor();
    await coordinator.getByRole('link', { name: 'Nieuwe activiteit' }).first().waitFor();
    await expectNoAxeViolations(coordinator, 'agenda');
    await screenshotBoth(coordinator, 'agenda-coordinator');

    await coordinator.getByRole('link', { name: 'Nieuwe activiteit' }).click();
    await coordinator.waitForURL(/\/agenda\/nieuw$/);
    await coordinator.getByRole('heading', { level: 1, name: 'Nieuwe activiteit' }).waitFor();
    await expectNoAxeViolations(coordinator, 'create form');
    await screenshotBoth(coordinator, 'create-form-empty');

    // Submitting an empty form names what is missing, next to the field.
    await coordinator.getByRole('button', { name: 'Activiteit aanmaken' }).click();
    await coordinator.getByText('Vul een titel in.').waitFor();

    await coordinator.getByRole('combobox', { name: 'Soort' }).click();
    await coordinator.getByRole('option', { name: 'Atelier' }).click();
    await coordinator.getByRole('textbox', { name: 'Titel' }).fill(title);
    await coordinator
      .getByRole('textbox', { name: 'Beschrijving' })
      .fill('Procesbegeleiding voor teams.\n\nNeem een casus mee <en geen HTML>.');
    await coordinator.getByLabel('Begint op').fill(twoWeeksAhead('14:00'));
    await coordinator.getByLabel('Eindigt op').fill(twoWeeksAhead('16:30'));
    await coordinator
      .getByRole('textbox', { name: 'Adres' })
      .fill('OBS De Regenboog, Kerkstraat 1, Ede');
    await coordinator.getByRole('textbox', { name: 'Aantal plekken' }).fill('1');
    await screenshot(coordinator, 'events-create-form-filled-1280');
    await coordinator.getByRole('button', { name: 'Activiteit aanmaken' }).click();

    await coordinator.waitForURL(/\/agenda\/[0-9a-f-]{36}$/);
    const eventPath = new URL(coordinator.url()).pathname;
    await coordinator.getByRole('heading', { level: 1, name: title }).waitFor();
    // Typed in Dutch time, stored in UTC, shown in Dutch time again.
    await coordinator.getByText('14:00–16:30').waitFor();
    await coordinator.getByText('Nog 1 plek', { exact: true }).waitFor();
    await coordinator.getByText('Neem een casus mee <en geen HTML>.').waitFor();
    await expectNoAxeViolations(coordinator, 'event page (coordinator)');
    await screenshotBoth(coordinator, 'event-coordinator');

    // 2. Member A signs up (by keyboard) and is confirmed.
    const memberA = await personPage(MEMBER_A);
    await memberA.goto(eventPath);
    await memberA.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectNoAxeViolations(memberA, 'event page (member)');
    await memberA.getByRole('button', { name: 'Aanmelden', exact: true }).focus();
    await memberA.keyboard.press('Enter');
    await memberA.getByText('Je bent aangemeld', { exact: true }).waitFor();
    await memberA.getByRole('button', { name: 'Afmelden', exact: true }).waitFor();
    await memberA.getByText('Vol · wachtlijst').first().waitFor();
    await screenshot(memberA, 'events-event-confirmed-1280');

    // 3. Member B (on a phone) finds the event full and goes on the waiting list.
    const memberB = await personPage(MEMBER_B, VIEWPORTS.phone);
    const unreadBefore = await bellLabel(memberB);
    await memberB.goto(eventPath);
    await memberB.getByRole('heading', { level: 1, name: title }).waitFor();
    await memberB.getByText('Vol · wachtlijst').first().waitFor();
    await memberB.getByRole('button', { name: 'Op de wachtlijst zetten' }).click();
    await memberB.getByText('positie 1', { exact: true }).waitFor();
    await memberB.getByRole('button', { name: 'Van de wachtlijst af' }).waitFor();
    await expectNoAxeViolations(memberB, 'event page (waiting list, 360 px)');
    await screenshot(memberB, 'events-event-waitlisted-360');

    // The agenda shows B's place under "Mijn aanmeldingen".
    await memberB.goto('/agenda?mijn=1');
    await memberB.getByRole('link', { name: title }).waitFor();
    await memberB.getByText('Wachtlijst · positie 1').first().waitFor();
    await expectNoAxeViolations(memberB, 'agenda, my sign-ups (360 px)');
    await screenshot(memberB, 'events-agenda-mine-360');

    // The coordinator sees A confirmed and B waiting.
    await coordinator.goto(`${eventPath}/aanmeldingen`);
    await coordinator.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
    const confirmed = coordinator.getByRole('region', { name: 'Aangemeld', exact: true });
    const waiting = coordinator.getByRole('region', { name: 'Wachtlijst', exact: true });
    await confirmed.getByText('ib@deelwijs.example').waitFor();
    await waiting.getByText('leerkracht@deelwijs.example').waitFor();
    await coordinator.getByRole('link', { name: 'Exporteren (CSV)' }).waitFor();
    await expectNoAxeViolations(coordinator, 'registrations page');
    await screenshotBoth(coordinator, 'registrations-before');

    // 4. A cancels (after confirming); B moves up and sees the notification.
    await memberA.getByRole('button', { name: 'Afmelden', exact: true }).click();
    const dialog = memberA.getByRole('dialog', { name: `Afmelden voor ${title}?` });
    await dialog.waitFor();
    await expectNoAxeViolations(memberA, 'cancel confirmation');
    await dialog.getByRole('button', { name: 'Ja, afmelden' }).click();
    // B took the freed seat at once, so for A the event is full again.
    await memberA.getByRole('button', { name: 'Op de wachtlijst zetten' }).waitFor();
    await screenshot(memberA, 'events-event-after-cancel-1280');

    await memberB.goto(eventPath);
    await memberB.getByRole('heading', { level: 1, name: title }).waitFor();
    // The bell asks again when the window regains focus (and every minute).
    await memberB.evaluate(() => window.dispatchEvent(new Event('focus')));
    const bell = memberB.getByRole('button', { name: /^Meldingen, \d+ ongelezen$/ });
    await bell.waitFor();
    expect(await bellLabel(memberB)).not.toBe(unreadBefore);
    await bell.click();
    const notification = memberB.getByText(`Je hebt een plek: ${title}`);
    await notification.waitFor();
    await memberB
      .getByText(/Er kwam een plek vrij/)
      .first()
      .waitFor();
    await expectNoAxeViolations(memberB, 'notifications (360 px)');
    await screenshot(memberB, 'events-notifications-360');
    await notification.click();
    await memberB.getByText('Je bent aangemeld', { exact: true }).waitFor();
    await memberB.getByRole('button', { name: 'Afmelden', exact: true }).waitFor();
    await screenshot(memberB, 'events-event-promoted-360');

    // The coordinator's lists follow, and the check-in list records who came.
    await coordinator.reload();
    await coordinator
      .getByRole('region', { name: 'Aangemeld', exact: true })
      .getByText('leerkracht@deelwijs.example')
      .waitFor();
    await coordinator.getByText('Niemand op de wachtlijst.').waitFor();
    const checkIn = coordinator.getByRole('checkbox', { name: /was aanwezig$/ });
    await checkIn.check();
    await coordinator.getByText('1 van 1 aanwezig').waitFor();
    await coordinator.reload();
    await coordinator.getByText('1 van 1 aanwezig').waitFor();
    expect(await coordinator.getByRole('checkbox', { name: /was aanwezig$/ }).isChecked()).toBe(
      true,
    );
    await screenshotBoth(coordinator, 'registrations-after');
  }, 240_000);
});
