import { useEffect, useState } from 'react';
import { fetchProConnectStatus, type ProConnectStatus } from '../proconnect';

/** The status, once per mount; `null` while it loads. */
export function useProConnectStatus(): ProConnectStatus | null {
  const [status, setStatus] = useState<ProConnectStatus | null>(null);
  useEffect(() => {
    let live = true;
    void fetchProConnectStatus().then((s) => {
      if (live) setStatus(s);
    });
    return () => {
      live = false;
    };
  }, []);
  return status;
}
