import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Paper, Radio, Skeleton, Stack, Text } from '@mantine/core';
import { Permission } from '@tremplin/domain';
import { EmptyState, PageHeader } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { useProConnectStatus } from '../../features/proconnect/hooks/useProConnectStatus';
import {
  SetPasswordSignInAllowedDocument,
  SignInPolicyDocument,
} from '../../features/proconnect/graphql/proconnect.generated';

type Choice = 'passwords' | 'proconnect';

/**
 * « Connexion de l’équipe » (the director): whether the structure's staff may still sign in with a password, or
 * only with ProConnect. Administrators keep their password whatever is chosen here (docs/domain/proconnect.md).
 */
export function SignInPolicyPage() {
  const user = useCurrentUser();
  const allowed = can(user, Permission.SIGN_IN_POLICY_WRITE);
  const proConnect = useProConnectStatus();
  const { data, loading } = useQuery(SignInPolicyDocument, { skip: !allowed });
  const [save, saving] = useMutation(SetPasswordSignInAllowedDocument);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Connexion de l’équipe · Tremplin';
  }, []);
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  if (!allowed)
    return (
      <EmptyState title="Accès réservé">
        Seule la direction de la structure choisit comment son équipe se connecte.
      </EmptyState>
    );

  const structure = data?.me.structure;
  const current: Choice | null = structure ? (structure.passwordSignInAllowed ? 'passwords' : 'proconnect') : null;
  const value = choice ?? current;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    setSaved(false);
    try {
      await save({ variables: { allowed: value !== 'proconnect' } });
      setSaved(true);
    } catch (err) {
      setProblem(problemOf(err).message);
    }
  };

  return (
    <>
      <PageHeader title="Connexion de l’équipe" subtitle={structure?.name} />
      <Paper withBorder p="lg" maw={720}>
        {loading || !structure || !proConnect ? (
          <Skeleton h={160} />
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label="Mode de connexion de l’équipe">
            <Stack gap="md">
              {problem ? (
                <Alert ref={alertRef} tabIndex={-1} color="red" role="alert" title="Choix non enregistré">
                  {problem}
                </Alert>
              ) : null}
              {saved ? (
                <Alert color="green" role="status">
                  Choix enregistré.
                </Alert>
              ) : null}
              {!proConnect.enabled ? (
                <Text size="sm">
                  ProConnect n’est pas proposé sur cette installation de Tremplin : les mots de passe restent
                  nécessaires.
                </Text>
              ) : null}
              <Radio.Group
                label="Comment votre équipe se connecte-t-elle ?"
                description="Les comptes d’administration gardent toujours leur mot de passe."
                value={value ?? undefined}
                onChange={(v) => {
                  setChoice(v as Choice);
                  setSaved(false);
                }}
              >
                <Stack gap="sm" mt="xs">
                  <Radio value="passwords" label="Avec un mot de passe ou avec ProConnect" />
                  <Radio
                    value="proconnect"
                    label="Avec ProConnect seulement"
                    description="Le mot de passe n’est plus accepté pour l’équipe. Connectez-vous d’abord une fois avec ProConnect."
                    disabled={!proConnect.enabled && current !== 'proconnect'}
                  />
                </Stack>
              </Radio.Group>
              <div>
                <Button type="submit" loading={saving.loading} disabled={value === current}>
                  Enregistrer
                </Button>
              </div>
            </Stack>
          </form>
        )}
      </Paper>
    </>
  );
}
