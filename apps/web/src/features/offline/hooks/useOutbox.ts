import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { enqueue as enqueueEntry, listOutbox, onOfflineChange, type OutboxEntry } from '../offline-store';
import { drainOutbox, keepMine as keepMineEntry, keepTheirs as keepTheirsEntry, retryEntry } from '../outbox';
import { apolloSender } from '../senders';

export type NewEntry = Parameters<typeof enqueueEntry>[0];

/** Whether the browser says it has a network (the `online` / `offline` events). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/**
 * The outbox for the screens: its entries (kept in IndexedDB), whether the network is there, and the actions. The
 * outbox is sent on load, when the network returns (`online`), after each new entry, and on « Réessayer ».
 * `sentKeys`: the lines sent since the screen opened (shown « Envoyé »). `onDrained`: after each round that reached the
 * server (the screen reads the week again then, after the sends, so that its versions are the new ones).
 */
export function useOutbox({ onDrained }: { onDrained?: () => Promise<void> } = {}) {
  const client = useApolloClient();
  const online = useOnline();
  const [entries, setEntries] = useState<OutboxEntry[]>([]);
  const [sending, setSending] = useState(false);
  const [sentKeys, setSentKeys] = useState<ReadonlySet<string>>(new Set());
  const [unreachable, setUnreachable] = useState(false);
  const mounted = useRef(true);

  const reload = useCallback(async () => {
    const list = await listOutbox();
    if (mounted.current) setEntries(list);
  }, []);

  const drain = useCallback(async () => {
    if (!navigator.onLine) return;
    setSending(true);
    try {
      const report = await drainOutbox(apolloSender(client));
      if (!mounted.current) return;
      setUnreachable(report.unreachable);
      if (report.sent.length) setSentKeys((prev) => new Set([...prev, ...report.sent.map((e) => e.key)]));
      if (!report.unreachable) await onDrained?.();
    } finally {
      if (mounted.current) setSending(false);
    }
  }, [client, onDrained]);

  useEffect(() => {
    mounted.current = true;
    void reload();
    const off = onOfflineChange(() => void reload());
    return () => {
      mounted.current = false;
      off();
    };
  }, [reload]);

  // On load and when the network returns (a task later: not during the render that saw it come back).
  useEffect(() => {
    if (!online) return;
    const later = setTimeout(() => void drain(), 0);
    return () => clearTimeout(later);
  }, [online, drain]);

  const enqueue = useCallback(
    async (list: NewEntry[]) => {
      for (const entry of list) await enqueueEntry(entry);
      setSentKeys((prev) => new Set([...prev].filter((k) => !list.some((e) => e.key === k))));
      await drain();
    },
    [drain],
  );
  const keepMine = useCallback(
    async (entry: OutboxEntry) => {
      await keepMineEntry(entry);
      await drain();
    },
    [drain],
  );
  const keepTheirs = useCallback(async (entry: OutboxEntry) => keepTheirsEntry(entry), []);
  const retry = useCallback(async () => {
    for (const e of entries.filter((x) => x.status === 'error')) await retryEntry(e);
    await drain();
  }, [entries, drain]);

  return {
    entries,
    pending: entries.filter((e) => e.status === 'pending'),
    conflicts: entries.filter((e) => e.status === 'conflict'),
    refused: entries.filter((e) => e.status === 'error'),
    online,
    sending,
    unreachable,
    sentKeys,
    enqueue,
    keepMine,
    keepTheirs,
    retry,
  };
}
