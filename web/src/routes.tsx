import { lazy, type ReactElement } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { AppLayout } from './shared/AppLayout';
import { useAuth } from './shared/auth';
import { NotFoundPage } from './shared/page';
import { PublicLayout } from './shared/PublicLayout';
import { RequireAuth } from './shared/RequireAuth';
import { CanUseMonitoring } from './modules/monitoring/access';
import { CanKeepBodies, CanOpenBodies } from './modules/bodies/access';
import { CanReadAudit, CanReadOrganisations, CanReadPeople, CanScreenPoolCandidates, HasOwnProfile } from './shared/roles';

const HomePage = lazy(() => import('./modules/public/HomePage'));
const LoginPage = lazy(() => import('./modules/identity/LoginPage'));
const TerritoryTreePage = lazy(() => import('./modules/territory/TerritoryTreePage'));
const OrganisationsPage = lazy(() => import('./modules/territory/OrganisationsPage'));
const OrganisationCardPage = lazy(() => import('./modules/territory/OrganisationCardPage'));
const StructuresPage = lazy(() => import('./modules/territory/StructuresPage'));
const DocumentsPage = lazy(() => import('./modules/documents/DocumentsPage'));
const DocumentCardPage = lazy(() => import('./modules/documents/DocumentCardPage'));
const PeoplePage = lazy(() => import('./modules/people/PeoplePage'));
const PersonCardPage = lazy(() => import('./modules/people/PersonCardPage'));
const ProfilePage = lazy(() => import('./modules/people/ProfilePage'));
const AuditPage = lazy(() => import('./modules/audit/AuditPage'));
const PoolScreenPage = lazy(() => import('./modules/pool/PoolScreenPage'));
const MentoringPage = lazy(() => import('./modules/mentoring/MentoringPage'));
const BodiesPage = lazy(() => import('./modules/bodies/BodiesPage'));
const BodyCardPage = lazy(() => import('./modules/bodies/BodyCardPage'));
const SessionPage = lazy(() => import('./modules/bodies/SessionPage'));
const CompliancePage = lazy(() => import('./modules/bodies/CompliancePage'));
const AssociationsPage = lazy(() => import('./modules/bodies/AssociationsPage'));
const MonitoringPage = lazy(() => import('./modules/monitoring/MonitoringPage'));

/** The first page after login: the registry for those who read it, the documents for everyone else. */
function AppHome() {
  const { user } = useAuth();
  const home = CanReadOrganisations(user) ? '/app/territory' : HasOwnProfile(user) ? '/app/profile' : '/app/documents';
  return <Navigate to={home} replace />;
}

/** Renders the page only for users allowed to open it; others see «not found», as the server answers. */
function Allowed({ when, children }: { when: boolean; children: ReactElement }) {
  return when ? children : <NotFoundPage home="/app" />;
}

/** Every address of the UI. */
export function AppRoutes() {
  const { user } = useAuth();
  return (
    <Routes>
      <Route element={<PublicLayout />}>
        <Route index element={<HomePage />} />
        <Route path="login" element={<LoginPage />} />
      </Route>
      <Route
        path="app"
        element={
          <RequireAuth>
            <AppLayout />
          </RequireAuth>
        }
      >
        <Route index element={<AppHome />} />
        <Route
          path="territory"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <TerritoryTreePage />
            </Allowed>
          }
        />
        <Route
          path="organisations"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <OrganisationsPage />
            </Allowed>
          }
        />
        <Route
          path="organisations/:id"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <OrganisationCardPage />
            </Allowed>
          }
        />
        <Route
          path="structures"
          element={
            <Allowed when={CanReadOrganisations(user)}>
              <StructuresPage />
            </Allowed>
          }
        />
        <Route
          path="people"
          element={
            <Allowed when={CanReadPeople(user)}>
              <PeoplePage />
            </Allowed>
          }
        />
        <Route
          path="people/:id"
          element={
            <Allowed when={CanReadPeople(user)}>
              <PersonCardPage />
            </Allowed>
          }
        />
        <Route
          path="profile"
          element={
            <Allowed when={HasOwnProfile(user)}>
              <ProfilePage />
            </Allowed>
          }
        />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="documents/:id" element={<DocumentCardPage />} />
        <Route
          path="pool/screen"
          element={
            <Allowed when={CanScreenPoolCandidates(user)}>
              <PoolScreenPage />
            </Allowed>
          }
        />
        <Route
          path="mentoring"
          element={
            <Allowed when={CanReadPeople(user)}>
              <MentoringPage />
            </Allowed>
          }
        />
        <Route
          path="monitoring/*"
          element={
            <Allowed when={CanUseMonitoring(user)}>
              <MonitoringPage />
            </Allowed>
          }
        />
        <Route
          path="bodies"
          element={
            <Allowed when={CanOpenBodies(user)}>
              <BodiesPage />
            </Allowed>
          }
        />
        <Route
          path="bodies/compliance"
          element={
            <Allowed when={CanKeepBodies(user)}>
              <CompliancePage />
            </Allowed>
          }
        />
        <Route
          path="bodies/associations"
          element={
            <Allowed when={CanOpenBodies(user)}>
              <AssociationsPage />
            </Allowed>
          }
        />
        <Route
          path="bodies/sessions/:id"
          element={
            <Allowed when={CanOpenBodies(user)}>
              <SessionPage />
            </Allowed>
          }
        />
        <Route
          path="bodies/:id"
          element={
            <Allowed when={CanOpenBodies(user)}>
              <BodyCardPage />
            </Allowed>
          }
        />
        <Route
          path="audit"
          element={
            <Allowed when={CanReadAudit(user)}>
              <AuditPage />
            </Allowed>
          }
        />
        <Route path="*" element={<NotFoundPage home="/app" />} />
      </Route>
      <Route element={<PublicLayout />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
