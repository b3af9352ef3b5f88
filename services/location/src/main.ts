import { runServiceApi } from '@imis/service-kit';
import { locationService } from './service';

runServiceApi(locationService);
