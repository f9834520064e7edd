import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  Indicator,
  Loader,
  Popover,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { useLanguage } from '../../../hooks/useLanguage';
import { formatDateTime } from '../../../lib/format';
import { notifyFailure } from '../../../lib/notify';
import {
  MarkNotificationsReadMutation,
  MyNotificationsQuery,
  UnreadNotificationCountQuery,
} from '../graphql/notifications';
import classes from './NotificationBell.module.css';

export const POLL_INTERVAL_MS = 60_000;
const LIST_SIZE = 15;

/** The bell in the header: unread count (polled, and fresh on window focus) and recent items. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [opened, setOpened] = useState(false);
  const count = useQuery(UnreadNotificationCountQuery, {
    pollInterval: POLL_INTERVAL_MS,
    fetchPolicy: 'cache-and-network',
  });
  const list = useQuery(MyNotificationsQuery, {
    variables: { first: LIST_SIZE },
    skip: !opened,
    fetchPolicy: 'network-only',
  });
  const [markRead, { loading: marking }] = useMutation(MarkNotificationsReadMutation, {
    update(cache, result) {
      const unread = result.data?.markNotificationsRead;
      if (typeof unread === 'number') {
        cache.writeQuery({
          query: UnreadNotificationCountQuery,
          data: { unreadNotificationCount: unread },
        });
      }
    },
  });

  const refetchCount = count.refetch;
  useEffect(() => {
    const onFocus = () => {
      if (document.visibilityState !== 'hidden') void refetchCount().catch(() => undefined);
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onFocus);
    };
  }, [refetchCount]);

  const unread = count.data?.unreadNotificationCount ?? 0;
  const nodes = list.data?.myNotifications.nodes ?? [];

  const mark = async (input: { ids?: string[]; all?: boolean }) => {
    try {
      await markRead({ variables: { input } });
      await list.refetch().catch(() => undefined);
    } catch {
      notifyFailure(t('notifications.markFailed'));
    }
  };

  const open = (node: (typeof nodes)[number]) => {
    setOpened(false);
    if (!node.read) void mark({ ids: [node.id] });
    if (node.link) void navigate(node.link);
    // What the notification is about has changed (e.g. a seat from the waiting list): the page
    // shown next, possibly the one already open, should show it.
    void client.refetchQueries({ include: 'active' }).catch(() => undefined);
  };

  return (
    <Indicator
      label={unread > 99 ? '99+' : unread}
      size={18}
      color="red.8"
      offset={6}
      disabled={unread === 0}
      // The count is part of the button's name; the dot itself is decoration.
      attributes={{ indicator: { 'aria-hidden': true, 'data-testid': 'notification-count' } }}
    >
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width="min(24rem, calc(100vw - 1rem))"
        shadow="md"
        trapFocus
        returnFocus
        withinPortal
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            radius="xl"
            aria-label={
              unread > 0
                ? t('notifications.bellUnread', { count: unread })
                : t('notifications.bell')
            }
            onClick={() => setOpened((value) => !value)}
          >
            <IconBell size={22} aria-hidden="true" />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" aria-labelledby="notifications-title">
          <Group justify="space-between" px="xs" pb="xs" wrap="nowrap">
            <Text fw={700} id="notifications-title">
              {t('notifications.title')}
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              leftSection={<IconChecks size={16} aria-hidden="true" />}
              disabled={unread === 0}
              loading={marking}
              onClick={() => void mark({ all: true })}
            >
              {t('notifications.markAllRead')}
            </Button>
          </Group>
          {list.loading && !list.data ? (
            <Group justify="center" py="md">
              <Loader size="sm" aria-label={t('common.loading')} />
            </Group>
          ) : list.error && !list.data ? (
            <Text size="sm" c="red.9" px="xs" py="sm" role="alert">
              {t('notifications.loadFailed')}
            </Text>
          ) : nodes.length === 0 ? (
            <Text size="sm" c="dimmed" px="xs" py="sm">
              {t('notifications.empty')}
            </Text>
          ) : (
            <ul className={classes.list}>
              {nodes.map((node) => (
                <li key={node.id}>
                  <UnstyledButton
                    className={`${classes.item} ${node.read ? '' : classes.unread}`}
                    onClick={() => open(node)}
                    w="100%"
                  >
                    <Stack gap={2}>
                      <Text
                        size="sm"
                        fw={node.read ? 500 : 700}
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {node.read ? null : (
                          <VisuallyHidden>{`${t('notifications.unread')}: `}</VisuallyHidden>
                        )}
                        {node.title}
                      </Text>
                      {node.body ? (
                        <Text size="sm" c="dimmed" lineClamp={3} style={{ whiteSpace: 'pre-line' }}>
                          {node.body}
                        </Text>
                      ) : null}
                      <Text size="xs" c="dimmed">
                        {formatDateTime(node.createdAt, language)}
                      </Text>
                    </Stack>
                  </UnstyledButton>
                </li>
              ))}
            </ul>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
