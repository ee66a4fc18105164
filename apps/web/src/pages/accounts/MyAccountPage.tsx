import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, PasswordInput, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader, SuccessNotice } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { ChangePasswordDocument } from '../../features/accounts/graphql/accounts.generated';
import { NewPasswordField } from '../../features/accounts/components/NewPasswordField';

/** « Mon compte »: change one's password (the current one is required; the other sessions end). */
export function MyAccountPage() {
  const user = useCurrentUser();
  const client = useApolloClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangePasswordDocument);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Mon compte · Tremplin';
  }, []);
  useEffect(() => {
    if (problem) alertRef.current?.focus();
  }, [problem]);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!current) missing['currentPassword'] = 'Saisissez votre mot de passe actuel.';
    if (!next) missing['newPassword'] = 'Saisissez un nouveau mot de passe.';
    setErrors(missing);
    if (Object.keys(missing).length) {
      document.getElementById(missing['currentPassword'] ? 'current-password' : 'new-password')?.focus();
      return;
    }
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      setCurrent('');
      setNext('');
      setProblem(null);
      setDone('Mot de passe changé. Vos autres sessions ont été fermées.');
      // The temporary-password flag is gone: read « me » again.
      await client.refetchQueries({ include: ['Me'] });
    } catch (err) {
      const p = problemOf(err);
      const byField = Object.fromEntries(p.fieldErrors.map((f) => [f.field, f.message]));
      setErrors(byField);
      setProblem(p.fieldErrors.length ? null : p.message);
      if (byField['currentPassword']) document.getElementById('current-password')?.focus();
      else if (byField['newPassword']) document.getElementById('new-password')?.focus();
    }
  };

  return (
    <Stack maw={560}>
      <PageHeader title="Mon compte" subtitle={`${user.fullName} · ${user.email}`} />
      {user.mustChangePassword ? null : (
        <Group component="nav" aria-label="Mon compte" gap="lg">
          <Anchor component={Link} to="/compte/securite" underline="always">
            Sécurité du compte (double authentification)
          </Anchor>
          <Anchor component={Link} to="/compte/sessions" underline="always">
            Mes sessions
          </Anchor>
        </Group>
      )}
      {user.mustChangePassword ? (
        <Alert color="blue" role="status" title="Mot de passe provisoire">
          Le mot de passe que vous avez reçu ne sert qu’une fois : choisissez le vôtre pour continuer.
        </Alert>
      ) : null}
      <SuccessNotice message={done} onClose={() => setDone(null)} />
      {problem ? (
        <Alert ref={alertRef} tabIndex={-1} color="red" role="alert" title="Mot de passe non changé">
          {problem}
        </Alert>
      ) : null}
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={onSubmit} noValidate aria-labelledby="change-password-title">
          <Stack gap="sm">
            <h2 id="change-password-title" style={{ margin: 0, fontSize: '1.2rem' }}>
              Changer mon mot de passe
            </h2>
            <PasswordInput
              id="current-password"
              label="Mot de passe actuel"
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={errors['currentPassword']}
            />
            <NewPasswordField
              id="new-password"
              label="Nouveau mot de passe"
              value={next}
              onChange={setNext}
              error={errors['newPassword']}
            />
            <Button type="submit" loading={loading}>
              Changer mon mot de passe
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
