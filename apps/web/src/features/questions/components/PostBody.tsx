import { Typography } from '@mantine/core';

import classes from './PostBody.module.css';

export interface PostBodyProps {
  /** HTML sanitised by the api (the contract: only formatting, safe links and mentions). */
  html: string;
}

/** A question's or answer's body as the server sanitised it. */
export function PostBody({ html }: PostBodyProps) {
  return (
    <Typography className={classes.body}>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
