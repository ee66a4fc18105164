import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** What has just been saved, announced politely, until it is closed (« Fermer ce message »). Nothing without a message. */
export function SuccessNotice({ message, onClose }: { message: ReactNode; onClose: () => void }) {
  if (!message) return null;
  return (
    <Alert
      color="green"
      variant="light"
      role="status"
      withCloseButton
      closeButtonLabel="Fermer ce message"
      onClose={onClose}
    >
      {message}
    </Alert>
  );
}
