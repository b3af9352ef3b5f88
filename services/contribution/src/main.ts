import { runServiceApi } from '@imis/service-kit';
import { contributionService } from './service';

runServiceApi(contributionService);
