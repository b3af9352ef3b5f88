import { Catch, type ExceptionFilter, Logger } from '@nestjs/common';
import { AuthRefusal } from './auth-refusal.error';

/**
 * Logs an AuthGuard refusal as one info line with its code and reason, no stack, no token or user detail,
 * and hands it back to GraphQL as the field's error. Without it Nest logs every refusal at error with a
 * stack trace, as if the service had failed.
 */
@Catch(AuthRefusal)
export class AuthRefusalFilter implements ExceptionFilter<AuthRefusal> {
  private readonly logger = new Logger('Auth');

  catch(refusal: AuthRefusal): AuthRefusal {
    const { code, reason } = refusal.extensions as { code?: string; reason?: string };
    const line = `request refused: ${code}${reason ? ` (${reason})` : ''}`;
    // Identity's keys out of reach is the service's trouble, not the caller's: a warning.
    if (code === 'SERVICE_UNAVAILABLE') this.logger.warn(line);
    else this.logger.log(line);
    return refusal;
  }
}
