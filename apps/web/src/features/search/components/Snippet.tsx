import { Mark, Text } from '@mantine/core';
import { useMemo } from 'react';

import { parseSnippet } from '../lib/snippet';

/** A bio excerpt with the matched words marked; everything else is rendered as plain text. */
export function Snippet({ snippet }: { snippet: string }) {
  const parts = useMemo(() => parseSnippet(snippet), [snippet]);
  return (
    <Text size="sm" c="gray.8" style={{ overflowWrap: 'anywhere' }}>
      …
      {parts.map((part, index) =>
        part.marked ? (
          <Mark key={index} color="yellow.2" c="inherit" px={2}>
            {part.text}
          </Mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
      …
    </Text>
  );
}
