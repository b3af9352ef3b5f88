import { runServiceApi } from '@imis/service-kit';
import { identityService } from './service';

runServiceApi(identityService);
