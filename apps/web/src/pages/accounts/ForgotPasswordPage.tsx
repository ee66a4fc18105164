import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Container, Paper, Stack, TextInput, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { problemOf } from '../../app/graphql-errors';
import { RequestPasswordResetDocument } from '../../features/accounts/graphql/accounts.generated';

/** « Mot de passe oublié »: the same answer whether the address has an account or not. */
export function ForgotPasswordPage() {
  const [email, setEmail] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState<string | null>(null);
  const [request, { loading }] = useMutation(RequestPasswordResetDocument);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Mot de passe oublié · Tremplin';
  }, []);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!email.trim()) {
      setFieldError('Saisissez votre adresse e-mail.');
      document.getElementById('forgot-email')?.focus();
      return;
    }
    try {
      const r = await request({ variables: { input: { email: email.trim() } } });
      setFieldError(undefined);
      setDone(r.data?.requestPasswordReset ?? null);
    } catch (err) {
      const p = problemOf(err);
      setFieldError(p.fieldErrors[0]?.message ?? p.message);
      document.getElementById('forgot-email')?.focus();
    }
  };

  return (
    <Container size={440} py={60} component="main">
      <Title order={1} ta="center" mb="lg">
        Tremplin
      </Title>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          Mot de passe oublié
        </Title>
        {done ? (
          <Alert ref={doneRef} tabIndex={-1} color="blue" role="status" mb="md">
            {done}
          </Alert>
        ) : null}
        <form onSubmit={onSubmit} noValidate aria-label="Mot de passe oublié">
          <Stack gap="sm">
            <TextInput
              id="forgot-email"
              label="Adresse e-mail"
              description="Nous vous enverrons un lien pour choisir un nouveau mot de passe."
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldError}
            />
            <Button type="submit" loading={loading}>
              Recevoir un lien
            </Button>
            <Anchor component={Link} to="/connexion" size="sm">
              Retour à la connexion
            </Anchor>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
