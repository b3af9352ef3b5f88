import { runServiceApi } from '@imis/service-kit';
import { medicalService } from './service';

runServiceApi(medicalService);
