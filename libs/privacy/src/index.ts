export {
  type EvalCase,
  type EvalReport,
  evaluate,
  type KindScore,
  parseCases,
} from './eval/metrics';
export { findAddresses } from './lib/addresses';
export { findBirthDates } from './lib/dates';
export { findPupilNames, initials } from './lib/names';
export { elfproefRemainder, findPupilNumbers, isBsn, isOnderwijsnummer } from './lib/numbers';
export { anonymise, isRefused, redactForLog, scanText } from './lib/scan';
export { type Finding, type FindingKind, type FindingLevel, LEVEL_OF } from './lib/types';
