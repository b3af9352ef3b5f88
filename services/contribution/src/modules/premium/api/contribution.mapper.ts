import type { PremiumView } from '../application/premium.view';
import { ContributionModel } from './contribution.model';

export const toContributionModel = (view: PremiumView): ContributionModel => Object.assign(new ContributionModel(), view);
