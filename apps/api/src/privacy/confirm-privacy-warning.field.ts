import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';

export const CONFIRM_PRIVACY_WARNING_DESCRIPTION =
  'True: save although the privacy guard warned (PRIVACY_WARNING) that the text may identify a pupil. ' +
  'A refused text (BAD_USER_INPUT with reason PUPIL_DATA: a BSN or onderwijsnummer) is never saved.';

/** The optional `confirmPrivacyWarning: Boolean` of every input whose texts the guard checks. */
export const ConfirmPrivacyWarningField = () =>
  applyDecorators(
    Field(() => Boolean, { nullable: true, description: CONFIRM_PRIVACY_WARNING_DESCRIPTION }),
    IsOptional(),
    IsBoolean(),
  );

/** For rich-text fields: where the offsets of a privacy flag point. */
export const RICH_TEXT_PRIVACY_NOTE =
  'Privacy flags on this field (extensions.flags of PRIVACY_WARNING or PUPIL_DATA) give offsets in its plain text (bodyText), not in the HTML.';
