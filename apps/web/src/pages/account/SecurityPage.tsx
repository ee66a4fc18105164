import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Code,
  Group,
  Image,
  List,
  Paper,
  PasswordInput,
  Skeleton,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { formatInstantFr, Permission } from '@tremplin/domain';
import { PageHeader, SuccessNotice } from '@tremplin/web-ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import {
  ConfirmTwoFactorEnrolmentDocument,
  DisableTwoFactorDocument,
  RegenerateRecoveryCodesDocument,
  SetStructureTwoFactorRequiredDocument,
  StartTwoFactorEnrolmentDocument,
  StructureTwoFactorRequiredDocument,
  TwoFactorStatusDocument,
} from '../../features/account/graphql/account.generated';
import { MeDocument } from '../../features/auth/graphql/auth.generated';

/** The secret in groups of four, easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

/** The ten recovery codes, shown once, right after they are made. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Paper withBorder p="md" radius="md" bg="yellow.0">
      <Title order={3} size="h4" ref={headingRef} tabIndex={-1} mb="xs">
        Vos codes de secours
      </Title>
      <Text size="sm" mb="sm">
        Notez-les ou imprimez-les maintenant et gardez-les en lieu sûr : <strong>ils ne seront plus affichés</strong>.
        Chacun permet une connexion si vous n’avez plus votre téléphone, une seule fois.
      </Text>
      <List aria-label="Codes de secours" spacing={4} mb="md" style={{ fontFamily: 'monospace', fontSize: '1.05rem' }}>
        {codes.map((c) => (
          <List.Item key={c}>{c}</List.Item>
        ))}
      </List>
      <Group>
        <Button onClick={onDone}>J’ai noté mes codes</Button>
        <Button variant="default" onClick={() => window.print()}>
          Imprimer
        </Button>
      </Group>
    </Paper>
  );
}

/** Starting and confirming the enrolment: QR code, secret in text, first code. */
function Enrolment({ onEnabled }: { onEnabled: (codes: string[]) => void }) {
  const [start, { data, loading: starting }] = useMutation(StartTwoFactorEnrolmentDocument);
  const [confirm, { loading: confirming }] = useMutation(ConfirmTwoFactorEnrolmentDocument);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const enrolment = data?.startTwoFactorEnrolment;

  const onStart = async () => {
    setProblem(null);
    try {
      await start();
    } catch (err) {
      setProblem(problemOf(err).message);
    }
  };

  const onConfirm = async (e: FormEvent) => {
    e.preventDefault();
    const typed = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(typed)) {
      setError('Saisissez les 6 chiffres affichés par votre application.');
      codeRef.current?.focus();
      return;
    }
    setError(null);
    try {
      const res = await confirm({ variables: { input: { code: typed } } });
      onEnabled(res.data?.confirmTwoFactorEnrolment ?? []);
    } catch (err) {
      const p = problemOf(err);
      setError(p.fieldErrors[0]?.message ?? p.message);
      setCode('');
      codeRef.current?.focus();
    }
  };

  if (!enrolment)
    return (
      <Stack gap="sm" align="flex-start">
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Button onClick={onStart} loading={starting}>
          Activer la double authentification
        </Button>
      </Stack>
    );

  return (
    <Stack gap="md">
      <List type="ordered" spacing="sm">
        <List.Item>
          Installez une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis ou celle de votre
          système), puis scannez ce QR code :
          <Image
            src={enrolment.qrCodeDataUrl}
            alt="QR code à scanner avec votre application d’authentification"
            w={200}
            h={200}
            mt="xs"
          />
        </List.Item>
        <List.Item>
          Si vous ne pouvez pas scanner, saisissez dans l’application cette clé de configuration (type « basé sur le
          temps ») :{' '}
          <Code data-testid="totp-secret" data-secret={enrolment.secret} fz="md">
            {grouped(enrolment.secret)}
          </Code>
        </List.Item>
        <List.Item>Saisissez le code à 6 chiffres que l’application affiche pour Tremplin.</List.Item>
      </List>
      <form onSubmit={onConfirm} noValidate aria-label="Confirmer l’activation">
        <Group align="flex-end" gap="sm">
          <TextInput
            ref={codeRef}
            label="Code affiché par l’application"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            error={error}
            w={300}
          />
          <Button type="submit" loading={confirming}>
            Confirmer l’activation
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

/** Regenerating the recovery codes, and turning two-factor sign-in off. */
function EnabledActions({
  required,
  onCodes,
  onDisabled,
}: {
  required: boolean;
  onCodes: (codes: string[]) => void;
  onDisabled: () => void;
}) {
  const [regenerate, { loading: regenerating }] = useMutation(RegenerateRecoveryCodesDocument);
  const [disable, { loading: disabling }] = useMutation(DisableTwoFactorDocument);
  const [regenCode, setRegenCode] = useState('');
  const [regenError, setRegenError] = useState<string | null>(null);
  const [offCode, setOffCode] = useState('');
  const [offPassword, setOffPassword] = useState('');
  const [offError, setOffError] = useState<string | null>(null);

  const onRegenerate = async (e: FormEvent) => {
    e.preventDefault();
    if (!/^\d{6}$/.test(regenCode.replace(/\s/g, ''))) {
      setRegenError('Saisissez les 6 chiffres affichés par votre application.');
      return;
    }
    setRegenError(null);
    try {
      const res = await regenerate({ variables: { input: { code: regenCode.replace(/\s/g, '') } } });
      setRegenCode('');
      onCodes(res.data?.regenerateRecoveryCodes ?? []);
    } catch (err) {
      const p = problemOf(err);
      setRegenError(p.fieldErrors[0]?.message ?? p.message);
    }
  };

  const onDisable = async (e: FormEvent) => {
    e.preventDefault();
    if (!offCode.trim() && !offPassword) {
      setOffError('Saisissez un code de votre application ou votre mot de passe.');
      return;
    }
    setOffError(null);
    try {
      await disable({
        variables: { input: offCode.trim() ? { code: offCode.replace(/\s/g, '') } : { password: offPassword } },
      });
      setOffCode('');
      setOffPassword('');
      onDisabled();
    } catch (err) {
      const p = problemOf(err);
      setOffError(p.fieldErrors[0]?.message ?? p.message);
    }
  };

  return (
    <Stack gap="lg">
      <form onSubmit={onRegenerate} noValidate aria-label="Nouveaux codes de secours">
        <Title order={3} size="h4" mb={4}>
          Nouveaux codes de secours
        </Title>
        <Text size="sm" mb="xs">
          Les codes actuels cesseront de fonctionner.
        </Text>
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Code affiché par l’application"
            id="regenerate-code"
            autoComplete="one-time-code"
            inputMode="numeric"
            value={regenCode}
            onChange={(e) => setRegenCode(e.currentTarget.value)}
            error={regenError}
            w={240}
          />
          <Button type="submit" variant="default" loading={regenerating}>
            Générer de nouveaux codes
          </Button>
        </Group>
      </form>
      {required ? (
        <Text size="sm">
          Votre structure exige la double authentification pour votre compte : elle ne peut pas être désactivée.
        </Text>
      ) : (
        <form onSubmit={onDisable} noValidate aria-label="Désactiver la double authentification">
          <Title order={3} size="h4" mb={4}>
            Désactiver la double authentification
          </Title>
          <Text size="sm" mb="xs">
            Confirmez avec un code de l’application ou, si vous n’avez plus votre téléphone, avec votre mot de passe.
          </Text>
          <Group align="flex-end" gap="sm">
            <TextInput
              label="Code de l’application"
              id="disable-code"
              autoComplete="one-time-code"
              inputMode="numeric"
              value={offCode}
              onChange={(e) => setOffCode(e.currentTarget.value)}
              w={200}
            />
            <PasswordInput
              label="ou mot de passe"
              id="disable-password"
              autoComplete="current-password"
              value={offPassword}
              onChange={(e) => setOffPassword(e.currentTarget.value)}
              w={220}
            />
            <Button type="submit" color="red" variant="outline" loading={disabling}>
              Désactiver
            </Button>
          </Group>
          {offError ? (
            <Text c="red.8" size="sm" mt={4} role="alert">
              {offError}
            </Text>
          ) : null}
        </form>
      )}
    </Stack>
  );
}

/** The director's switch: two-factor sign-in required of the structure's direction. */
function StructureRequirement() {
  const { data, loading } = useQuery(StructureTwoFactorRequiredDocument, { fetchPolicy: 'network-only' });
  const [setRequired, { loading: saving }] = useMutation(SetStructureTwoFactorRequiredDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (loading && !data) return <Skeleton h={40} />;
  const required = data?.structureTwoFactorRequired ?? false;
  return (
    <Stack gap="sm">
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {problem ? (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      ) : null}
      <Switch
        label="Exiger la double authentification pour la direction de la structure"
        description="Une fois activée, un compte de direction sans double authentification doit l’activer avant toute autre action."
        checked={required}
        disabled={saving}
        onChange={async (e) => {
          const next = e.currentTarget.checked;
          setProblem(null);
          try {
            await setRequired({
              variables: { required: next },
              update: (cache, { data: saved }) =>
                cache.writeQuery({
                  query: StructureTwoFactorRequiredDocument,
                  data: { structureTwoFactorRequired: saved?.setStructureTwoFactorRequired ?? next },
                }),
              // Required now, the director herself may have to enrol first (the page then shows only that).
              refetchQueries: [TwoFactorStatusDocument, MeDocument],
              awaitRefetchQueries: true,
            });
            setNotice(
              next
                ? 'La double authentification est désormais exigée pour la direction.'
                : 'La double authentification n’est plus exigée pour la direction.',
            );
          } catch (err) {
            setProblem(problemOf(err).message);
          }
        }}
      />
    </Stack>
  );
}

/** « Sécurité du compte »: two-factor sign-in (enrol, recovery codes, turn off), the structure's requirement. */
export function SecurityPage() {
  const user = useCurrentUser();
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(TwoFactorStatusDocument, { fetchPolicy: 'network-only' });
  const [codes, setCodes] = useState<string[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Sécurité du compte · Tremplin';
  }, []);

  const status = data?.twoFactorStatus;
  const refreshMe = () => client.refetchQueries({ include: [MeDocument] });

  return (
    <Stack gap="lg" maw={820}>
      <PageHeader
        title="Sécurité du compte"
        subtitle={
          <>
            Double authentification et{' '}
            <Anchor component={Link} to="/compte/sessions" underline="always">
              sessions ouvertes
            </Anchor>
          </>
        }
      />
      {user.twoFactorEnrolmentRequired ? (
        <Alert color="yellow" role="status">
          <strong>Double authentification exigée.</strong> Votre structure exige la double authentification pour votre
          compte. Activez-la ci-dessous : le reste de Tremplin vous sera ouvert ensuite.
        </Alert>
      ) : null}
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="two-factor-title">
        <Title order={2} size="h3" id="two-factor-title" mb="xs">
          Double authentification
        </Title>
        {error ? (
          <Alert color="red" role="alert">
            {problemOf(error).message}
          </Alert>
        ) : loading && !status ? (
          <Skeleton h={60} />
        ) : status ? (
          <Stack gap="md">
            <Text>
              {status.enabled ? (
                <>
                  <strong>Activée</strong>
                  {status.enabledAt ? ` depuis le ${formatInstantFr(status.enabledAt as string)}` : ''}. Codes de
                  secours restants : {status.recoveryCodesLeft}.
                </>
              ) : (
                <>
                  <strong>Désactivée.</strong> À la connexion, un code de votre téléphone sera demandé après le mot de
                  passe : un mot de passe volé ne suffira plus.
                </>
              )}
            </Text>
            {codes ? (
              <RecoveryCodes
                codes={codes}
                onDone={() => {
                  setCodes(null);
                  setNotice('Vos codes de secours sont notés. Gardez-les en lieu sûr.');
                }}
              />
            ) : status.enabled ? (
              <EnabledActions
                required={status.requiredByStructure}
                onCodes={(c) => {
                  setCodes(c);
                  void refetch();
                }}
                onDisabled={() => {
                  setNotice('La double authentification est désactivée.');
                  void refetch();
                }}
              />
            ) : (
              <Enrolment
                onEnabled={(c) => {
                  setCodes(c);
                  setNotice('La double authentification est activée.');
                  void refetch();
                  void refreshMe();
                }}
              />
            )}
          </Stack>
        ) : null}
      </Paper>
      {can(user, Permission.TWO_FACTOR_POLICY) && !user.twoFactorEnrolmentRequired ? (
        <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="policy-title">
          <Title order={2} size="h3" id="policy-title" mb="xs">
            Exigence pour la structure
          </Title>
          <StructureRequirement />
        </Paper>
      ) : null}
    </Stack>
  );
}
