import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider } from '@mantine/core';
import { cssVariablesResolver, theme } from '@tremplin/web-ui';
import { type ComponentType, lazy } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { MeDocument } from '../features/auth/graphql/auth.generated';
import { createApolloClient } from './apollo';
import { RequireAuth } from './auth';
import { PageSuspense } from './PageLoading';
import { RequireOwnSide } from './RequirePermission';

/**
 * Every page is loaded on demand (its own chunk, with its own GraphQL documents): the sign-in page stays small and a
 * partner reviewer's browser never downloads the counsellors' screens. `Layout` shows the loading state in its frame.
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** The frame of the signed-in pages (header, navigation, notifications): not needed by the sign-in page. */
const Layout = lazyPage(() => import('./Layout'), 'Layout');
const CaseloadPage = lazyPage(() => import('../pages/caseload/CaseloadPage'), 'CaseloadPage');
const AgreementPage = lazyPage(() => import('../pages/funding/AgreementPage'), 'AgreementPage');
const FundingPage = lazyPage(() => import('../pages/funding/FundingPage'), 'FundingPage');
const HomePage = lazyPage(() => import('../pages/home/HomePage'), 'HomePage');
const NotFoundPage = lazyPage(() => import('../pages/not-found/NotFoundPage'), 'NotFoundPage');
const PersonFilePage = lazyPage(() => import('../pages/person-file/PersonFilePage'), 'PersonFilePage');
const PersonCreatePage = lazyPage(() => import('../pages/person-new/PersonCreatePage'), 'PersonCreatePage');
const SignInPage = lazyPage(() => import('../pages/sign-in/SignInPage'), 'SignInPage');
const SessionsPage = lazyPage(() => import('../pages/sessions/SessionsPage'), 'SessionsPage');
const GroupsPage = lazyPage(() => import('../pages/groups/GroupsPage'), 'GroupsPage');
const GroupPage = lazyPage(() => import('../pages/groups/GroupPage'), 'GroupPage');
const GroupWeekPage = lazyPage(() => import('../pages/groups/GroupWeekPage'), 'GroupWeekPage');
const MissionDaysPage = lazyPage(() => import('../pages/mission-days/MissionDaysPage'), 'MissionDaysPage');
const PartnersPage = lazyPage(() => import('../pages/partners/PartnersPage'), 'PartnersPage');
const JobBoardPage = lazyPage(() => import('../pages/job-board/JobBoardPage'), 'JobBoardPage');
const AdminNetworksPage = lazyPage(() => import('../pages/job-board/AdminNetworksPage'), 'AdminNetworksPage');
const DashboardPage = lazyPage(() => import('../pages/dashboard/DashboardPage'), 'DashboardPage');
const ReportsPage = lazyPage(() => import('../pages/reports/ReportsPage'), 'ReportsPage');
const PortalPage = lazyPage(() => import('../pages/portal/PortalPage'), 'PortalPage');
const PortalProposalPage = lazyPage(() => import('../pages/portal/PortalProposalPage'), 'PortalProposalPage');
const AdminPartnersPage = lazyPage(() => import('../pages/admin-partners/AdminPartnersPage'), 'AdminPartnersPage');
const ImportPage = lazyPage(() => import('../pages/import/ImportPage'), 'ImportPage');
const MySessionsPage = lazyPage(() => import('../pages/account/MySessionsPage'), 'MySessionsPage');
const SecurityPage = lazyPage(() => import('../pages/account/SecurityPage'), 'SecurityPage');
const SignInPolicyPage = lazyPage(() => import('../pages/sign-in-policy/SignInPolicyPage'), 'SignInPolicyPage');
const AdminStructuresPage = lazyPage(() => import('../pages/accounts/AdminStructuresPage'), 'AdminStructuresPage');
const ForgotPasswordPage = lazyPage(() => import('../pages/accounts/ForgotPasswordPage'), 'ForgotPasswordPage');
const MyAccountPage = lazyPage(() => import('../pages/accounts/MyAccountPage'), 'MyAccountPage');
const SetPasswordPage = lazyPage(() => import('../pages/accounts/SetPasswordPage'), 'SetPasswordPage');
const FieldPage = lazyPage(() => import('../pages/field/FieldPage'), 'FieldPage');
const TeamPage = lazyPage(() => import('../pages/accounts/TeamPage'), 'TeamPage');
const ReplacementsPage = lazyPage(() => import('../pages/replacements/ReplacementsPage'), 'ReplacementsPage');
const ReplacementRequestPage = lazyPage(
  () => import('../pages/replacements/ReplacementRequestPage'),
  'ReplacementRequestPage',
);
const NewReplacementRequestPage = lazyPage(
  () => import('../pages/replacements/NewReplacementRequestPage'),
  'NewReplacementRequestPage',
);
const PortalReplacementsPage = lazyPage(
  () => import('../pages/replacements/PortalReplacementsPage'),
  'PortalReplacementsPage',
);
const OfferPage = lazyPage(() => import('../pages/offer/OfferPage'), 'OfferPage');

const router = createBrowserRouter([
  {
    path: '/connexion',
    element: (
      <PageSuspense>
        <SignInPage />
      </PageSuspense>
    ),
  },
  {
    path: '/mot-de-passe/nouveau',
    element: (
      <PageSuspense>
        <SetPasswordPage />
      </PageSuspense>
    ),
  },
  {
    // The single-use link of a replacement offer: no account (issue 18).
    path: '/offre/:token',
    element: (
      <PageSuspense>
        <OfferPage />
      </PageSuspense>
    ),
  },
  {
    path: '/mot-de-passe/oublie',
    element: (
      <PageSuspense>
        <ForgotPasswordPage />
      </PageSuspense>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <RequireOwnSide>
          <PageSuspense>
            <Layout />
          </PageSuspense>
        </RequireOwnSide>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'personnes', element: <CaseloadPage /> },
      { path: 'personnes/nouvelle', element: <PersonCreatePage /> },
      { path: 'importer', element: <ImportPage /> },
      { path: 'personnes/:id', element: <PersonFilePage /> },
      { path: 'sessions', element: <SessionsPage /> },
      { path: 'terrain', element: <FieldPage /> },
      { path: 'groupes', element: <GroupsPage /> },
      { path: 'groupes/:id', element: <GroupPage /> },
      { path: 'groupes/:id/semaine/:weekStart?', element: <GroupWeekPage /> },
      { path: 'missions/semaine', element: <MissionDaysPage /> },
      { path: 'financements', element: <FundingPage /> },
      { path: 'financements/conventions/:id', element: <AgreementPage /> },
      { path: 'partenaires', element: <PartnersPage /> },
      { path: 'offres-du-reseau', element: <JobBoardPage /> },
      { path: 'tableau-de-bord', element: <DashboardPage /> },
      { path: 'rapports', element: <ReportsPage /> },
      { path: 'portail', element: <PortalPage /> },
      { path: 'portail/propositions/:id', element: <PortalProposalPage /> },
      { path: 'portail/remplacements', element: <PortalReplacementsPage /> },
      { path: 'remplacements', element: <ReplacementsPage /> },
      { path: 'remplacements/nouvelle', element: <NewReplacementRequestPage /> },
      { path: 'remplacements/:id', element: <ReplacementRequestPage /> },
      { path: 'administration/partenaires', element: <AdminPartnersPage /> },
      { path: 'compte/securite', element: <SecurityPage /> },
      { path: 'compte/sessions', element: <MySessionsPage /> },
      { path: 'structure/connexion', element: <SignInPolicyPage /> },
      { path: 'administration/structures', element: <AdminStructuresPage /> },
      { path: 'administration/reseaux', element: <AdminNetworksPage /> },
      { path: 'administration/structures/:id/equipe', element: <TeamPage /> },
      { path: 'equipe', element: <TeamPage /> },
      { path: 'mon-compte', element: <MyAccountPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

const client = createApolloClient(
  () => {
    // The session ended server-side (inactivity, sign-out elsewhere): forget its data, then sign in again.
    void client.clearStore().finally(() => {
      const back = `${window.location.pathname}${window.location.search}`;
      void router.navigate(`/connexion?retour=${encodeURIComponent(back)}&expiree=1`, { replace: true });
    });
  },
  () => {
    // Two-factor sign-in is now required of this account (docs/security.md): the shell shows only its enrolment.
    void client.refetchQueries({ include: [MeDocument] }).finally(() => {
      void router.navigate('/compte/securite', { replace: true });
    });
  },
);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <ApolloProvider client={client}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </MantineProvider>
  );
}
