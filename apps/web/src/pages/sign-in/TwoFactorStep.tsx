import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { ErrorCode } from '@tremplin/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { problemOf } from '../../app/graphql-errors';
import { VerifyTwoFactorSignInDocument } from '../../features/auth/graphql/auth.generated';

/**
 * The second step of a sign-in: the code of the authenticator app, or one of the recovery codes. The pending step
 * lasts 5 minutes; past it (or after too many wrong codes), the person starts again from the password.
 */
export function TwoFactorStep({ onDone, onRestart }: { onDone: () => Promise<void>; onRestart: () => void }) {
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ message: string; expired: boolean } | null>(null);
  const [verify, { loading }] = useMutation(VerifyTwoFactorSignInDocument);
  const alertRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Vérification en deux étapes · Connexion · Tremplin';
  }, []);
  useEffect(() => {
    inputRef.current?.focus();
  }, [recovery]);
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const typed = code.trim();
    if (!typed) {
      setFieldError(recovery ? 'Saisissez un de vos codes de secours.' : 'Saisissez le code à 6 chiffres.');
      setProblem(null);
      inputRef.current?.focus();
      return;
    }
    if (!recovery && !/^\d{6}$/.test(typed.replace(/\s/g, ''))) {
      setFieldError('Le code compte 6 chiffres, sans lettre.');
      setProblem(null);
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    try {
      await verify({ variables: { input: { code: typed } } });
      await onDone();
    } catch (err) {
      const p = problemOf(err);
      setCode('');
      setProblem({
        message: p.message,
        expired: p.code === ErrorCode.UNAUTHENTICATED && /expiré/.test(p.message),
      });
    }
  };

  return (
    <Container size={420} py={60} component="main">
      <Title order={1} ta="center" mb={4}>
        Tremplin
      </Title>
      <Text ta="center" c="dimmed" mb="lg">
        Suivi des parcours d’insertion
      </Text>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <Title order={2} size="h3" mb="xs">
          Vérification en deux étapes
        </Title>
        <Text size="sm" mb="md">
          {recovery
            ? 'Saisissez un des codes de secours que vous avez notés à l’activation. Chaque code ne sert qu’une fois.'
            : 'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres affiché pour Tremplin.'}
        </Text>
        {problem ? (
          <Alert ref={alertRef} tabIndex={-1} color="red" mb="md" role="alert" title="Code refusé">
            {problem.message}
          </Alert>
        ) : null}
        {problem?.expired ? (
          <Button fullWidth onClick={onRestart}>
            Recommencer la connexion
          </Button>
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label="Vérification en deux étapes">
            <Stack gap="sm">
              <TextInput
                ref={inputRef}
                id="signin-code"
                label={recovery ? 'Code de secours' : 'Code de vérification'}
                description={
                  recovery ? 'Par exemple 7K2M-9QHT-X4BD-1RVN' : '6 chiffres, renouvelés toutes les 30 secondes'
                }
                autoComplete="one-time-code"
                inputMode={recovery ? 'text' : 'numeric'}
                required
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
                error={fieldError}
              />
              <Button type="submit" loading={loading} fullWidth mt="xs">
                Vérifier
              </Button>
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => {
                  setRecovery((r) => !r);
                  setCode('');
                  setFieldError(null);
                  setProblem(null);
                }}
              >
                {recovery ? 'Utiliser le code de l’application' : 'Utiliser un code de secours'}
              </Anchor>
              <Anchor component="button" type="button" size="sm" onClick={onRestart}>
                Revenir à l’adresse e-mail et au mot de passe
              </Anchor>
            </Stack>
          </form>
        )}
      </Paper>
    </Container>
  );
}
