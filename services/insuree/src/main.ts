import { runServiceApi } from '@imis/service-kit';
import { insureeService } from './service';

runServiceApi(insureeService);
