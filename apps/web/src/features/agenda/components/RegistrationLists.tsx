import { useMutation } from '@apollo/client/react';
import { Badge, Checkbox, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { EmailAddress } from '../../../components/EmailAddress';
import { ScrollableTable } from '../../../components/ScrollableTable';
import type {
  EventRegistrationsQuery as EventRegistrationsData,
  MarkAttendanceMutation as MarkAttendanceMutationData,
} from '../../../gql/graphql';
import { useLanguage } from '../../../hooks/useLanguage';
import { errorMessageKey, getApiError } from '../../../lib/errors';
import { notifyFailure } from '../../../lib/notify';
import { MarkAttendanceMutation } from '../graphql/markAttendance';
import { formatDateTimeShort } from '../lib/datetime';
import { WAITLIST_BADGE } from './EventBadges';

/*
 * The coordinator's lists of one event: a table on wide screens; below 48em stacked cards with
 * the name first and the check-in box big (the screen used at the door).
 */

export type Registration = NonNullable<EventRegistrationsData['event']>['registrations'][number];

/** Below this width the lists are stacked cards: name first, the check-in box big. */
const WIDE_QUERY = '(min-width: 48em)';

function useWide(): boolean {
  return useMediaQuery(WIDE_QUERY, true, { getInitialValueInEffect: false });
}

function PersonCell({ registration }: { registration: Registration }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {registration.member.name}
      </Text>
      {registration.member.email ? (
        <EmailAddress size="xs" c="dimmed" email={registration.member.email} />
      ) : null}
    </>
  );
}

function schoolOf(registration: Registration): string {
  const school = registration.member.school;
  if (!school) return '—';
  return school.town ? `${school.name} (${school.town})` : school.name;
}

/** A person on a phone: name, address, school and role, then whatever `children` adds. */
function PersonCard({
  registration,
  children,
}: {
  registration: Registration;
  children?: ReactNode;
}) {
  const role = registration.member.roleLabel;
  return (
    <Paper component="li" withBorder radius="md" p="sm">
      <Stack gap={4}>
        <Text fw={700}>{registration.member.name}</Text>
        {registration.member.email ? (
          <EmailAddress size="sm" c="dimmed" email={registration.member.email} />
        ) : null}
        <Text size="sm">
          {role ? `${schoolOf(registration)} · ${role}` : schoolOf(registration)}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

function CardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="sm" m={0} p={0} aria-label={label} style={{ listStyle: 'none' }}>
      {children}
    </Stack>
  );
}

/** Marks a confirmed registration as attended (or not), at once in the list. */
function useCheckIn() {
  const { t } = useTranslation();
  const [markAttendance] = useMutation(MarkAttendanceMutation);
  return async (registration: Registration, attended: boolean) => {
    try {
      await markAttendance({
        variables: { input: { registrationId: registration.id, attended } },
        optimisticResponse: {
          // __typename lets Apollo update the cached registration at once.
          markAttendance: {
            __typename: 'Registration',
            id: registration.id,
            status: attended ? 'ATTENDED' : 'CONFIRMED',
          } as MarkAttendanceMutationData['markAttendance'],
        },
      });
    } catch (error) {
      const info = getApiError(error);
      notifyFailure(
        info.message && info.code === 'BAD_USER_INPUT'
          ? info.message
          : t(errorMessageKey(info.code)),
        {
          title: t('agenda.registrations.checkInFailed'),
        },
      );
    }
  };
}

export function CheckInList({ registrations }: { registrations: Registration[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wide = useWide();
  const toggle = useCheckIn();

  if (!registrations.length) {
    return <Text c="dimmed">{t('agenda.registrations.noneConfirmed')}</Text>;
  }
  const present = registrations.filter((r) => r.status === 'ATTENDED').length;
  const attendedLabel = (registration: Registration) =>
    t('agenda.registrations.attended', { name: registration.member.name });
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t('agenda.registrations.checkInHelp')}{' '}
        <span aria-live="polite">
          {t('agenda.registrations.presentCount', { present, total: registrations.length })}
        </span>
      </Text>
      {wide ? (
        <ScrollableTable label={t('agenda.registrations.confirmedTitle')} minWidth={620}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('agenda.registrations.checkInTitle')}</Table.Th>
                <Table.Th scope="col">{t('agenda.registrations.name')}</Table.Th>
                <Table.Th scope="col">{t('agenda.registrations.school')}</Table.Th>
                <Table.Th scope="col">{t('agenda.registrations.role')}</Table.Th>
                <Table.Th scope="col">{t('agenda.registrations.signedUpAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {registrations.map((registration) => (
                <Table.Tr key={registration.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={attendedLabel(registration)}
                      checked={registration.status === 'ATTENDED'}
                      onChange={(event) => void toggle(registration, event.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <PersonCell registration={registration} />
                  </Table.Td>
                  <Table.Td>{schoolOf(registration)}</Table.Td>
                  <Table.Td>{registration.member.roleLabel ?? '—'}</Table.Td>
                  <Table.Td>{formatDateTimeShort(registration.createdAt, language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      ) : (
        <CardList label={t('agenda.registrations.confirmedTitle')}>
          {registrations.map((registration) => {
            const attended = registration.status === 'ATTENDED';
            return (
              <PersonCard key={registration.id} registration={registration}>
                <Checkbox.Card
                  checked={attended}
                  onClick={() => void toggle(registration, !attended)}
                  aria-label={attendedLabel(registration)}
                  withBorder
                  radius="md"
                  p="sm"
                  mt={6}
                  bg={attended ? 'green.0' : undefined}
                >
                  <Group gap="sm" wrap="nowrap">
                    <Checkbox.Indicator size="lg" color="green.9" />
                    <Text fw={600}>{t('agenda.registrations.present')}</Text>
                  </Group>
                </Checkbox.Card>
              </PersonCard>
            );
          })}
        </CardList>
      )}
    </>
  );
}

export function WaitlistList({ registrations }: { registrations: Registration[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wide = useWide();
  if (!registrations.length) {
    return <Text c="dimmed">{t('agenda.registrations.noneWaiting')}</Text>;
  }
  if (!wide) {
    return (
      <CardList label={t('agenda.registrations.waitlistTitle')}>
        {registrations.map((registration, index) => (
          <PersonCard key={registration.id} registration={registration}>
            <Badge {...WAITLIST_BADGE} radius="sm">
              {t('agenda.registrations.positionOf', {
                position: registration.position ?? index + 1,
              })}
            </Badge>
          </PersonCard>
        ))}
      </CardList>
    );
  }
  return (
    <ScrollableTable label={t('agenda.registrations.waitlistTitle')} minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('agenda.registrations.position')}</Table.Th>
            <Table.Th scope="col">{t('agenda.registrations.name')}</Table.Th>
            <Table.Th scope="col">{t('agenda.registrations.school')}</Table.Th>
            <Table.Th scope="col">{t('agenda.registrations.signedUpAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {registrations.map((registration, index) => (
            <Table.Tr key={registration.id}>
              <Table.Td>
                <Badge {...WAITLIST_BADGE} radius="sm">
                  {registration.position ?? index + 1}
                </Badge>
              </Table.Td>
              <Table.Td>
                <PersonCell registration={registration} />
              </Table.Td>
              <Table.Td>{schoolOf(registration)}</Table.Td>
              <Table.Td>{formatDateTimeShort(registration.createdAt, language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
