import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Table, Text } from '@mantine/core';

/** A password the server gave once, with whom it is for and why. */
export interface IssuedCredentials {
  initialPassword: string;
  reviewer: { fullName: string; email: string };
  organisationName: string;
  why: 'created' | 'reactivated' | 'reset';
}

const INTRO: Record<IssuedCredentials['why'], string> = {
  created: 'Le compte est créé.',
  reactivated: 'Le compte est réactivé ; son ancien mot de passe ne fonctionne plus.',
  reset: 'Le mot de passe est changé : l’ancien ne fonctionne plus et les sessions ouvertes ont pris fin.',
};

/**
 * The one time a password is shown: the administrator copies it and hands it over (Tremplin sends no e-mail with it).
 * It cannot be shown again; a lost one is replaced by « Nouveau mot de passe ».
 */
export function CredentialsDialog({ credentials, onClose }: { credentials: IssuedCredentials; onClose: () => void }) {
  const { reviewer, initialPassword, organisationName, why } = credentials;
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Mot de passe de ${reviewer.fullName}`}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer : le mot de passe ne sera plus affiché' }}
    >
      <Stack gap="sm">
        <Text size="sm">
          {INTRO[why]} {reviewer.fullName} se connecte au portail employeur de {organisationName} avec :
        </Text>
        <Table variant="vertical" withTableBorder fz="sm" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w={200}>Adresse e-mail</Table.Th>
              <Table.Td>{reviewer.email}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Mot de passe initial</Table.Th>
              <Table.Td>
                <Code fz="md" data-testid="initial-password">
                  {initialPassword}
                </Code>
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Alert color="warning.9" variant="light" title="Il ne sera plus affiché">
          Transmettez-le à la personne par un canal sûr (de vive voix, par téléphone, par SMS), jamais dans le même
          message que son adresse. Tremplin n’en garde qu’une empreinte : s’il est perdu, donnez un nouveau mot de
          passe.
        </Alert>
        <Group justify="flex-end" gap="sm">
          <CopyButton value={initialPassword}>
            {({ copied, copy }) => (
              <Button variant="outline" onClick={copy} aria-live="polite">
                {copied ? 'Mot de passe copié' : 'Copier le mot de passe'}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onClose} data-autofocus>
            J’ai noté le mot de passe
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
