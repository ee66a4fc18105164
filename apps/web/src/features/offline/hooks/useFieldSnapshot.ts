import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onOfflineChange, readSnapshot, saveOwner, saveSnapshot, type FieldSnapshot } from '../offline-store';
import { fetchSnapshot } from '../snapshot';

export interface FieldSnapshotState {
  snapshot: FieldSnapshot | null;
  /** `network`: just read from the server; `device`: the copy kept on this device (offline). */
  source: 'network' | 'device' | null;
  loading: boolean;
}

/**
 * The week's snapshot: read from the server when there is a network (and kept on the device), else the copy kept
 * on the device — only if it is this user's. Read again after each change of the copy (a sent entry updates its line
 * there); the screen reads the server again (`reload`) once the outbox has been sent, when the network returns.
 */
export function useFieldSnapshot(user: { id: string }, me: unknown) {
  const client = useApolloClient();
  const [state, setState] = useState<FieldSnapshotState>({ snapshot: null, source: null, loading: true });
  const mounted = useRef(true);

  const fromDevice = useCallback(async () => {
    const kept = await readSnapshot().catch(() => null);
    if (!mounted.current) return;
    setState((s) => ({
      snapshot: kept && kept.userId === user.id ? kept : null,
      source: s.source === 'network' && kept ? 'network' : 'device',
      loading: false,
    }));
  }, [user.id]);

  const load = useCallback(async () => {
    if (navigator.onLine) {
      try {
        const snapshot = await fetchSnapshot(client, user.id);
        await saveOwner({ id: user.id, me });
        await saveSnapshot(snapshot);
        if (mounted.current) setState({ snapshot, source: 'network', loading: false });
        return;
      } catch {
        // No answer: the copy on the device.
      }
    }
    await fromDevice();
  }, [client, user.id, me, fromDevice]);

  useEffect(() => {
    mounted.current = true;
    const first = setTimeout(() => void load(), 0);
    const off = onOfflineChange(() => void fromDevice());
    return () => {
      mounted.current = false;
      clearTimeout(first);
      off();
    };
  }, [load, fromDevice]);

  return { ...state, reload: load };
}
