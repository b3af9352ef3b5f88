import type { UserVersionView, UserView } from '../application/user/user.view';
import { UserModel, UserVersionModel } from './user.models';
import { withDates } from './versioned.model';

export function toUserModel(view: UserView): UserModel {
  return Object.assign(new UserModel(), withDates(view));
}

export function toUserVersionModel(view: UserVersionView): UserVersionModel {
  return Object.assign(new UserVersionModel(), withDates(view));
}
