import { useTranslation } from 'react-i18next';

import classes from './SkipLink.module.css';

export interface SkipLinkProps {
  /** id of the element that receives focus, normally the `<main>`. */
  targetId?: string;
}

/** First focusable element of every page: jumps past the header and navigation. */
export function SkipLink({ targetId = 'main-content' }: SkipLinkProps) {
  const { t } = useTranslation();
  return (
    <a className={classes.skipLink} href={`#${targetId}`}>
      {t('nav.skipToContent')}
    </a>
  );
}
