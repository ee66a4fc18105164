import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';

/**
 * What a list section with its own « ajouter » form says after an action: a notice when it is done, the refusal
 * otherwise (absences and clearances of the « Disponibilités » tab).
 */
export function useSectionFeedback() {
  const [notice, setNotice] = useState<string | null>(null);
  const [global, setGlobal] = useState<string | null>(null);
  const clear = () => {
    setNotice(null);
    setGlobal(null);
  };
  /** Runs a removal: its notice when done, the refusal as is otherwise. */
  const remove = async (action: () => Promise<unknown>, done: string) => {
    clear();
    try {
      await action();
      setNotice(done);
    } catch (err) {
      setGlobal(problemOf(err).message);
    }
  };
  return { notice, setNotice, global, setGlobal, clear, remove };
}

/** The notice and the refusal of a section, announced (status, alert). */
export function SectionFeedback({ notice, global }: { notice: string | null; global: string | null }) {
  return (
    <>
      {notice ? (
        <Alert color="green" variant="light" role="status">
          {notice}
        </Alert>
      ) : null}
      {global ? (
        <Alert color="red" role="alert">
          {global}
        </Alert>
      ) : null}
    </>
  );
}

/** « Supprimer » / « Retirer » on a line, named after the line for screen readers. */
export function RemoveLineButton({ label, name, onClick }: { label: string; name: string; onClick: () => void }) {
  return (
    <Button variant="subtle" size="compact-xs" aria-label={name} onClick={onClick}>
      {label}
    </Button>
  );
}
