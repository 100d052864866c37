/** The whole app: providers, layout and routes. The browser renders it (main.tsx); the build pre-renders the public pages with it (prerender.tsx). */
import type { PrerenderedPath } from '../../config/prerendered-pages';
import { lazy, StrictMode, Suspense, type ComponentType } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Redirect, Route, Router, Switch, useLocation } from 'wouter';
import { Layout } from './components/layout';
import { REVIEWER_ROLES, SessionProvider, useSession } from './session';
import { Home } from './pages/home';

const SignIn = lazy(() => import('./pages/sign-in'));
const DevMessages = lazy(() => import('./pages/dev-messages'));
const DevRegisters = lazy(() => import('./pages/dev-registers'));
const StartApplication = lazy(() => import('./pages/start-application'));
const ApplicationStep = lazy(() => import('./pages/application-step'));
const CheckAnswers = lazy(() => import('./pages/check-answers'));
const Receipt = lazy(() => import('./pages/receipt'));
const MyApplications = lazy(() => import('./pages/my-applications'));
const ApplicationDetail = lazy(() => import('./pages/application-detail'));
const Notices = lazy(() => import('./pages/notices'));
const Certificates = lazy(() => import('./pages/certificates'));
const MatterApplication = lazy(() => import('./pages/matter-application'));
const StaffQueue = lazy(() => import('./pages/staff/queue'));
const StaffApplication = lazy(() => import('./pages/staff/application'));
const FileOnBehalf = lazy(() => import('./pages/staff/file-on-behalf'));
const FileBenefit = lazy(() => import('./pages/staff/file-benefit'));
const AdminStaff = lazy(() => import('./pages/admin/staff'));
const FailedNotices = lazy(() => import('./pages/admin/failed-notices'));
const People = lazy(() => import('./pages/people'));
const Invite = lazy(() => import('./pages/invite'));
const LinkSelf = lazy(() => import('./pages/link-self'));
const Settings = lazy(() => import('./pages/settings'));
const VerifyEmail = lazy(() => import('./pages/verify-email'));
const ProgressLookup = lazy(() => import('./pages/progress'));
const BenefitCheck = lazy(() => import('./pages/benefits/check'));
const MyBenefits = lazy(() => import('./pages/benefits/mine'));
const BenefitApplication = lazy(() => import('./pages/benefits/application'));
const ReviewQueue = lazy(() => import('./pages/reviews/queue'));
const ReviewMatter = lazy(() => import('./pages/reviews/matter'));
const NotFound = lazy(() => import('./pages/not-found'));
const Booking = lazy(() => import('./pages/booking'));
const AssessorDesk = lazy(() => import('./pages/assessor/desk'));
const AssessorSession = lazy(() => import('./pages/assessor/session'));
const AssessorPerson = lazy(() => import('./pages/assessor/person'));
const HomeVisits = lazy(() => import('./pages/home-visits'));

/** The public pages written into the HTML at build time, and the modules they need first. */
export const PRERENDERED: Record<string, string | undefined> = {
  '/': undefined,
  '/sign-in': 'src/pages/sign-in.tsx',
  '/apply': 'src/pages/start-application.tsx',
  '/progress': 'src/pages/progress.tsx',
  '/benefits': 'src/pages/benefits/check.tsx',
} satisfies Record<PrerenderedPath, string | undefined>;

/** Signed in, and (for staff and admin pages) holding the role; the API checks again on every call. */
function signedInOnly<P extends object>(Page: ComponentType<P>, role?: 'staff' | 'admin' | 'assessor' | string[]) {
  return function Guarded(props: P) {
    const { session } = useSession();
    const [location] = useLocation();
    if (!session) return <Redirect to={`/sign-in?next=${encodeURIComponent(location)}`} />;
    if (role && !(Array.isArray(role) ? role : [role]).some((r) => session.profile.roles.includes(r))) return <NotFound />;
    return <Page {...props} />;
  };
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {t('common.loading')}
    </p>
  );
}

function Routes() {
  return (
    <Switch>
      <Route path="/" component={Home} />
      <Route path="/sign-in" component={SignIn} />
      {import.meta.env.VITE_LOCAL_TOOLS && <Route path="/dev/messages" component={DevMessages} />}
      {import.meta.env.VITE_LOCAL_TOOLS && <Route path="/dev/registers" component={DevRegisters} />}
      <Route path="/apply" component={StartApplication} />
      <Route path="/benefits" component={BenefitCheck} />
      <Route path="/benefits/mine" component={signedInOnly(MyBenefits)} />
      <Route path="/benefits/applications/:id" component={signedInOnly(BenefitApplication)} />
      <Route path="/reviews" component={signedInOnly(ReviewQueue, REVIEWER_ROLES)} />
      <Route path="/reviews/:id" component={signedInOnly(ReviewMatter, REVIEWER_ROLES)} />
      <Route path="/applications" component={signedInOnly(MyApplications)} />
      <Route path="/applications/:id/step/:step" component={signedInOnly(ApplicationStep)} />
      <Route path="/applications/:id/check" component={signedInOnly(CheckAnswers)} />
      <Route path="/applications/:id/receipt" component={signedInOnly(Receipt)} />
      <Route path="/applications/:id" component={signedInOnly(ApplicationDetail)} />
      <Route path="/applications/:id/matter" component={signedInOnly(MatterApplication)} />
      <Route path="/applications/:id/booking" component={signedInOnly(Booking)} />
      <Route path="/assessor" component={signedInOnly(AssessorDesk, 'assessor')} />
      <Route path="/assessor/sessions/:id" component={signedInOnly(AssessorSession, 'assessor')} />
      <Route path="/assessor/applications/:id" component={signedInOnly(AssessorPerson, 'assessor')} />
      <Route path="/assessor/home-visits" component={signedInOnly(HomeVisits, 'assessor')} />
      <Route path="/staff/home-visits" component={signedInOnly(HomeVisits, 'staff')} />
      <Route path="/staff/sessions" component={signedInOnly(AssessorDesk, 'staff')} />
      <Route path="/staff/sessions/:id" component={signedInOnly(AssessorSession, 'staff')} />
      <Route path="/notices" component={signedInOnly(Notices)} />
      <Route path="/people" component={signedInOnly(People)} />
      <Route path="/people/link" component={signedInOnly(LinkSelf)} />
      <Route path="/people/:personId/invite" component={signedInOnly(Invite)} />
      <Route path="/settings" component={signedInOnly(Settings)} />
      <Route path="/email/verify" component={VerifyEmail} />
      <Route path="/progress" component={ProgressLookup} />
      <Route path="/certificates" component={signedInOnly(Certificates)} />
      <Route path="/staff" component={signedInOnly(StaffQueue, 'staff')} />
      <Route path="/staff/file" component={signedInOnly(FileOnBehalf, 'staff')} />
      <Route path="/staff/file-benefit" component={signedInOnly(FileBenefit, 'staff')} />
      <Route path="/staff/applications/:id" component={signedInOnly(StaffApplication, 'staff')} />
      <Route path="/admin/staff" component={signedInOnly(AdminStaff, 'admin')} />
      <Route path="/admin/notices" component={signedInOnly(FailedNotices, 'admin')} />
      <Route component={NotFound} />
    </Switch>
  );
}

/** `ssrPath` renders one page at build time; in the browser the address decides. `shell` is the page's frame with "loading" inside. */
export function App({ queryClient, ssrPath, shell }: { queryClient: QueryClient; ssrPath?: string; shell?: boolean }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <Router {...(ssrPath ? { ssrPath } : {})}>
            <Layout>{shell ? <Loading /> : <Suspense fallback={<Loading />}><Routes /></Suspense>}</Layout>
          </Router>
        </SessionProvider>
      </QueryClientProvider>
    </StrictMode>
  );
}

export const newQueryClient = () => new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } });
