import { runServiceApi } from '@imis/service-kit';
import { policyService } from './service';

runServiceApi(policyService);
