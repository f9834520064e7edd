import { Paper, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { searchPath } from '../lib/searchParams';
import { ExampleQuestions } from './ExampleQuestions';
import { ExpertSearchBox } from './ExpertSearchBox';

const INPUT_ID = 'home-search';

/** The home page's prominent "Waar zoek je hulp bij?" box with example questions. */
export function HomeSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} mb="xl" bg="blue.0">
      <Stack gap="md">
        <Title order={2} fz={{ base: 20, sm: 24 }}>
          <label htmlFor={INPUT_ID}>{t('search.box.label')}</label>
        </Title>
        <ExpertSearchBox
          id={INPUT_ID}
          label={null}
          onSearch={(query) => void navigate(searchPath(query))}
          onPickSubtopic={(s) => void navigate(searchPath(s.subtopic.label))}
        />
        <ExampleQuestions id="home-search-examples" />
      </Stack>
    </Paper>
  );
}
