import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '../../../components/PageHeader';
import { ThreadList } from './ThreadList';

/** "Vragen": every question you can read (community board and your groups). */
export function QuestionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t('questions.title')}
        description={t('questions.description')}
        actions={
          <Button
            component={Link}
            to="/vragen/nieuw"
            leftSection={<IconPlus size={18} aria-hidden="true" />}
          >
            {t('questions.askButton')}
          </Button>
        }
      />
      <ThreadList label={t('questions.list.label')} />
    </>
  );
}
