import { IconMapQuestion } from '@tabler/icons-react';

import { StatusPage } from './StatusPage';

export function NotFoundPage() {
  return <StatusPage messages="notFound" icon={<IconMapQuestion aria-hidden="true" />} />;
}
