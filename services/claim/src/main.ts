import { runServiceApi } from '@imis/service-kit';
import { claimService } from './service';

runServiceApi(claimService);
