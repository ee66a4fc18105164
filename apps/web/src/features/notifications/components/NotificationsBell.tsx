import type { FragmentType } from '@apollo/client';
import { useFragment, useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Popover,
  ScrollArea,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { LoadingRows } from '@tremplin/web-ui';
import { Permission } from '@tremplin/domain';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { can, useCurrentUser } from '../../../app/auth';
import { problemOf } from '../../../app/graphql-errors';
import type { NotificationFieldsFragment } from '../../../gql/graphql';
import classes from './NotificationsBell.module.css';
import {
  MarkNotificationsReadDocument,
  NotificationFieldsFragmentDoc,
  NotificationsDocument,
} from '../graphql/notifications.generated';
import { fullDateTime, internalPath, relativeTime } from '../relative-time';

/** How many of my latest notifications the list shows. */
const LIST_SIZE = 20;
/** The unread count is refreshed this often while the tab is visible. */
export const NOTIFICATIONS_POLL_MS = 60_000;

type Notification = NotificationFieldsFragment;

/** Whether the page is on screen (a hidden tab does not poll). */
function tabVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState === 'visible';
}

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="22"
      height="22"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M10 5a2 2 0 1 1 4 0a7 7 0 0 1 4 6v3a4 4 0 0 0 2 3h-16a4 4 0 0 0 2 -3v-3a7 7 0 0 1 4 -6" />
      <path d="M9 17v1a3 3 0 0 0 6 0v-1" />
    </svg>
  );
}

/**
 * The header's bell, for every user who receives notifications (administrators do not: nothing is mounted, nothing
 * is fetched for them).
 */
export function NotificationsBell() {
  const user = useCurrentUser();
  if (!can(user, Permission.NOTIFICATION_READ)) return null;
  return <NotificationsMenu />;
}

/** One line of the list: a link when the notification leads somewhere, else a button that marks it read. */
function NotificationLine({
  notification,
  now,
  onOpen,
}: {
  notification: FragmentType<typeof NotificationFieldsFragmentDoc>;
  now: Date;
  onOpen: (n: Notification) => void;
}) {
  const { data: n, complete } = useFragment({ fragment: NotificationFieldsFragmentDoc, from: notification });
  if (!complete) return null;
  const unread = !n.readAt;
  const to = internalPath(n.link);
  const content = (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <Box className={unread ? classes.dotUnread : classes.dotRead} aria-hidden="true" mt={6} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={unread ? 700 : 500} lh={1.3}>
          {unread ? <VisuallyHidden>Non lue : </VisuallyHidden> : null}
          {n.title}
        </Text>
        <Text size="sm" c="dimmed" lh={1.35} className={classes.body}>
          {n.body}
        </Text>
        <Text size="xs" c="dimmed" component="time" dateTime={n.createdAt} title={fullDateTime(n.createdAt)}>
          {relativeTime(n.createdAt, now)}
        </Text>
      </Stack>
    </Group>
  );
  return (
    <li className={unread ? classes.itemUnread : classes.item}>
      {to ? (
        <UnstyledButton component={Link} to={to} className={classes.action} onClick={() => onOpen(n)}>
          {content}
        </UnstyledButton>
      ) : unread ? (
        <UnstyledButton className={classes.action} onClick={() => onOpen(n)} title="Marquer comme lue">
          {content}
        </UnstyledButton>
      ) : (
        <div className={classes.static}>{content}</div>
      )}
    </li>
  );
}

/**
 * The bell (aria-label « Notifications (3 non lues) », badge with the unread count) and its list: title, text,
 * how long ago, unread ones marked. Opening one marks it read and goes to what it is about; « Tout marquer comme lu ».
 * The count is polled every minute while the tab is visible, and refreshed when the tab comes back.
 * The list is a dialog: focus is trapped in it, Escape closes it and gives the focus back to the bell.
 */
function NotificationsMenu() {
  const [opened, setOpened] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const [now, setNow] = useState(() => new Date());
  const variables = { first: LIST_SIZE };
  const { data, previousData, loading, error, refetch } = useQuery(NotificationsDocument, {
    variables,
    pollInterval: NOTIFICATIONS_POLL_MS,
    skipPollAttempt: () => !tabVisible(),
  });
  const page = (data ?? previousData)?.notifications;
  const unread = page?.unreadCount ?? 0;
  const items = page?.items ?? [];

  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    update(cache, { data: result }, { variables: sent }) {
      if (!result) return;
      const ids = sent?.input.all ? null : new Set(sent?.input.ids ?? []);
      const at = new Date().toISOString();
      // The marked lines read as read at once, whatever page the server sent back.
      for (const { id } of items)
        if (!ids || ids.has(id))
          cache.modify({
            id: cache.identify({ __typename: 'Notification', id }),
            fields: { readAt: (readAt: string | null) => readAt ?? at },
          });
      cache.updateQuery({ query: NotificationsDocument, variables }, (prev) =>
        prev
          ? {
              notifications: {
                ...prev.notifications,
                unreadCount: result.markNotificationsRead.unreadCount,
              },
            }
          : prev,
      );
    },
  });

  // Back on the tab after a while: the count is refreshed at once rather than at the next tick.
  useEffect(() => {
    const onVisible = () => {
      if (tabVisible()) void refetch().catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetch]);

  // « il y a 5 minutes » stays true while the list is open.
  useEffect(() => {
    if (!opened) return;
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, [opened]);

  // A new notification arriving by polling is announced once, politely.
  const [announcement, setAnnouncement] = useState('');
  const lastUnread = useRef<number | null>(null);
  useEffect(() => {
    if (!page) return;
    if (lastUnread.current !== null && page.unreadCount > lastUnread.current) {
      const added = page.unreadCount - lastUnread.current;
      setAnnouncement(added > 1 ? `${added} nouvelles notifications` : '1 nouvelle notification');
    }
    lastUnread.current = page.unreadCount;
  }, [page]);

  const toggle = () => {
    if (!opened) {
      setActionError(null);
      setNow(new Date());
      void refetch().catch(() => undefined);
    }
    setOpened(!opened);
  };

  const open = (n: Notification) => {
    const to = internalPath(n.link);
    if (!n.readAt)
      markRead({ variables: { input: { ids: [n.id] } } }).catch((err: unknown) =>
        setActionError(problemOf(err).message),
      );
    // The line is a link: the router follows it; the list closes.
    if (to) setOpened(false);
  };

  const markAll = async () => {
    setActionError(null);
    try {
      await markRead({ variables: { input: { all: true } } });
    } catch (err) {
      setActionError(problemOf(err).message);
    }
  };

  const label = `Notifications (${unread} non ${unread > 1 ? 'lues' : 'lue'})`;

  return (
    <>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width="min(24rem, calc(100vw - 1.5rem))"
        shadow="md"
        trapFocus
        returnFocus
        closeOnEscape
        withinPortal
        zIndex={300}
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="blue.9"
            size="lg"
            radius="xl"
            aria-label={label}
            title={label}
            onClick={toggle}
            className={classes.bell}
          >
            <BellIcon />
            {unread > 0 ? (
              <Badge
                size="xs"
                color="red.8"
                variant="filled"
                circle={unread < 10}
                className={classes.badge}
                aria-hidden="true"
              >
                {unread > 99 ? '99+' : unread}
              </Badge>
            ) : null}
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p={0} aria-labelledby="notifications-title">
          <Group justify="space-between" wrap="nowrap" px="sm" py="xs" className={classes.head}>
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Title order={2} size="h5" id="notifications-title">
                Notifications
              </Title>
              <Text size="xs" c="dimmed">
                {unread ? `${unread} non lue${unread > 1 ? 's' : ''}` : 'Tout est lu'}
              </Text>
            </Stack>
            <Button
              variant="subtle"
              size="compact-sm"
              style={{ flexShrink: 0 }}
              onClick={markAll}
              disabled={!unread}
              loading={marking.loading}
            >
              Tout marquer comme lu
            </Button>
          </Group>
          {actionError ? (
            <Alert color="red" variant="light" role="alert" m="sm" p="xs">
              {actionError}
            </Alert>
          ) : null}
          {error && !page ? (
            <Alert color="red" variant="light" role="alert" m="sm" title="Les notifications n’ont pas pu être chargées">
              {problemOf(error).message}
            </Alert>
          ) : !page ? (
            loading ? (
              <LoadingRows label="Chargement des notifications" height={48} p="sm" />
            ) : null
          ) : items.length === 0 ? (
            <Stack gap={4} p="md" ta="center">
              <Text size="sm" fw={600}>
                Aucune notification pour l’instant.
              </Text>
              <Text size="sm" c="dimmed">
                Vous serez prévenu·e ici des nouvelles propositions, des décisions des employeurs et des heures
                contestées.
              </Text>
            </Stack>
          ) : (
            <ScrollArea.Autosize mah="min(28rem, 70vh)" type="auto">
              <ul className={classes.list} aria-label="Dernières notifications">
                {items.map((n) => (
                  <NotificationLine key={n.id} notification={n} now={now} onOpen={open} />
                ))}
              </ul>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
      <VisuallyHidden aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
