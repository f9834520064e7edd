import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';
import { zxcvbn, zxcvbnOptions } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as nl from '@zxcvbn-ts/language-nl-be';

import { BadUserInputError } from '../common/errors';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

zxcvbnOptions.setOptions({
  dictionary: { ...common.dictionary, ...nl.dictionary },
  graphs: common.adjacencyGraphs,
});

// OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane).
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2 };

/**
 * Checks the password rules: 12–128 characters and not a common or easily guessed password
 * (zxcvbn with English and Dutch dictionaries, the member's own name and e-mail included).
 */
export function checkPasswordPolicy(password: string, personal: string[] = [], field = 'password') {
  if (password.length < PASSWORD_MIN) {
    throw new BadUserInputError(field, `Gebruik minstens ${PASSWORD_MIN} tekens.`);
  }
  if (password.length > PASSWORD_MAX) {
    throw new BadUserInputError(field, `Gebruik hoogstens ${PASSWORD_MAX} tekens.`);
  }
  const inputs = personal.flatMap((value) => value.toLowerCase().split(/[\s@.]+/)).filter(Boolean);
  if (zxcvbn(password, inputs).score < 3) {
    throw new BadUserInputError(
      field,
      'Dit wachtwoord is te makkelijk te raden. Kies een langere zin of een minder bekende combinatie.',
    );
  }
}

@Injectable()
export class PasswordService {
  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    if (!passwordHash) {
      // Spend the same time as a real check, so response times do not reveal accounts.
      await hash(password, ARGON2_OPTIONS);
      return false;
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
