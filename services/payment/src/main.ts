import { runServiceApi } from '@imis/service-kit';
import { paymentService } from './service';

runServiceApi(paymentService);
