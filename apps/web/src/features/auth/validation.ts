export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

/** Pragmatic check that catches typos; the server has the final word. */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Returns an i18n key describing the problem, or null when the value is fine. */
export function validateEmail(value: string): string | null {
  const email = value.trim();
  if (email === '') {
    return 'validation.emailRequired';
  }
  return EMAIL_PATTERN.test(email) ? null : 'validation.emailInvalid';
}

export function validateRequiredPassword(value: string): string | null {
  return value === '' ? 'validation.passwordRequired' : null;
}

/** The rules for a new password: 12–128 characters (common passwords are refused server-side). */
export function validateNewPassword(value: string): string | null {
  if (value === '') {
    return 'validation.passwordRequired';
  }
  const length = [...value].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return 'validation.passwordTooShort';
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return 'validation.passwordTooLong';
  }
  return null;
}

export function validatePasswordConfirmation(
  password: string,
  confirmation: string,
): string | null {
  if (confirmation === '') {
    return 'validation.confirmationRequired';
  }
  return password === confirmation ? null : 'validation.passwordsDontMatch';
}
