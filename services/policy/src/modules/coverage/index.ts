// The coverage module's public face: the eligibility enquiry and members' coverage.
export { CoverageModule } from './coverage.module';
export { CoverageQueries } from './application/coverage.queries';
export type { EligibilityView, MemberCoverageView, PolicyCoverageView } from './application/coverage.view';
