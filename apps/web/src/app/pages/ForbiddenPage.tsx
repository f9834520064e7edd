import { StatusPage } from '../../components/StatusPage';

export function ForbiddenPage() {
  return <StatusPage kind="forbidden" />;
}
