import { Text, type TextProps } from '@mantine/core';
import { Fragment } from 'react';

export interface EmailAddressProps extends TextProps {
  email: string;
}

/**
 * An e-mail address that, when it must wrap, breaks after the "@" and before dots
 * (`anne.de.vries@` / `korenmaat.example`) rather than in the middle of a word.
 */
export function EmailAddress({ email, ...textProps }: EmailAddressProps) {
  const pieces = email.split(/(?<=@)|(?=\.)/);
  return (
    <Text {...textProps}>
      {pieces.map((piece, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {piece}
        </Fragment>
      ))}
    </Text>
  );
}
