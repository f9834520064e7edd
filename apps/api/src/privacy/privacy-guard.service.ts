import { type Finding, type FindingKind, scanText } from '@deelwijs/privacy';
import { Injectable, Logger } from '@nestjs/common';

import { BadUserInputError, PrivacyFlag, PrivacyWarningError } from '../common/errors';

/** One text of an input as the guard sees it: plain text (for HTML fields: their bodyText). */
export interface GuardedText {
  /** the input field, as in extensions.field ("body", "expertise.2.description") */
  field: string;
  text: string | null | undefined;
}

const REFUSED: Partial<Record<FindingKind, string>> = {
  BSN: 'Je tekst bevat een burgerservicenummer (BSN).',
  ONDERWIJSNUMMER: 'Je tekst bevat een onderwijsnummer.',
};
const REFUSAL_ADVICE =
  ' Gegevens waarmee een leerling te herkennen is, mag Deelwijs niet bewaren. Haal het nummer weg en probeer het opnieuw.';

const WARNED: Partial<Record<FindingKind, string>> = {
  PUPIL_NAME: 'een naam van een leerling',
  DATE_OF_BIRTH: 'een geboortedatum',
  ADDRESS: 'een adres',
};

function listInDutch(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`;
}

const refusalMessage = (kind: FindingKind) => (REFUSED[kind] ?? REFUSED.BSN) + REFUSAL_ADVICE;

function warningMessage(kinds: FindingKind[]): string {
  const what = listInDutch([...new Set(kinds)].map((k) => WARNED[k] ?? 'leerlinggegevens'));
  return (
    `Je tekst lijkt ${what} te bevatten. Maak de tekst anoniem (bijvoorbeeld met initialen) ` +
    'of plaats hem toch als er geen leerling in te herkennen is.'
  );
}

interface FieldFinding {
  field: string;
  finding: Finding;
}

const toFlag = ({ field, finding }: FieldFinding): PrivacyFlag => ({
  field,
  start: finding.start,
  end: finding.end,
  kind: finding.kind,
});

/**
 * The pupil-data guard on the write paths. Services call `check` with the texts of an input
 * before they write, route or mail anything:
 * - a BSN or onderwijsnummer refuses the input (BAD_USER_INPUT, reason PUPIL_DATA), always;
 * - a pupil's name, a date of birth or an address answers PRIVACY_WARNING with the flagged
 *   characters, unless the member confirmed (confirmPrivacyWarning: true).
 * Nothing of the text itself is logged.
 */
@Injectable()
export class PrivacyGuardService {
  private readonly logger = new Logger('PrivacyGuard');

  check(texts: GuardedText[], confirmed?: boolean | null): void {
    const found: FieldFinding[] = texts.flatMap(({ field, text }) =>
      text ? scanText(text).map((finding) => ({ field, finding })) : [],
    );
    const refused = found.filter((f) => f.finding.level === 'REFUSE');
    if (refused.length) {
      this.logger.log(`Refused: ${describe(refused)}`);
      const problems = refused
        .filter((f, i) => refused.findIndex((g) => g.field === f.field) === i)
        .map((f) => ({ field: f.field, message: refusalMessage(f.finding.kind) }));
      throw new BadUserInputError(
        problems[0].field,
        problems[0].message,
        problems,
        'PUPIL_DATA',
        refused.map(toFlag),
      );
    }
    if (!found.length) return;
    this.logger.log(`${confirmed ? 'Confirmed' : 'Warned'}: ${describe(found)}`);
    if (!confirmed) {
      throw new PrivacyWarningError(
        warningMessage(found.map((f) => f.finding.kind)),
        found.map(toFlag),
      );
    }
  }
}

/** "PUPIL_NAME in body, BSN in title": kinds and fields only, never the text. */
const describe = (found: FieldFinding[]) =>
  found.map((f) => `${f.finding.kind} in ${f.field}`).join(', ');
