import { IconLock } from '@tabler/icons-react';

import { StatusPage } from './StatusPage';

export function ForbiddenPage() {
  return <StatusPage messages="forbidden" icon={<IconLock aria-hidden="true" />} />;
}
