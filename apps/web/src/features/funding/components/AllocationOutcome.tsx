import { Alert, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { AllocateState } from '../hooks/useAllocate';

/** The allocation's refusal (focused on each refused submit, the selection kept) or its confirmation (focused, closable). */
export function AllocationOutcome({ amount: a }: { amount: AllocateState }) {
  const { refusal, done, attempt } = a;
  const refusalRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) refusalRef.current?.focus();
  }, [refusal, attempt]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  return (
    <>
      {refusal ? (
        <Alert
          ref={refusalRef}
          tabIndex={-1}
          color="red"
          role="alert"
          title="Imputation refusée : rien n’est imputé, votre sélection est conservée"
        >
          {refusal.message ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {refusal.message}
            </Text>
          ) : null}
          {refusal.conflicts.size || refusal.changed.size ? (
            <Text size="sm" mt={refusal.message ? 'xs' : 0}>
              Les lignes en cause sont marquées d’un trait rouge dans la liste
              {refusal.changed.size ? ', avec leurs chiffres à jour : imputez de nouveau si c’est toujours voulu' : ''}.
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {done ? (
        <Alert
          ref={doneRef}
          tabIndex={-1}
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Fermer ce message"
          onClose={a.closeDone}
        >
          {done}
        </Alert>
      ) : null}
    </>
  );
}
