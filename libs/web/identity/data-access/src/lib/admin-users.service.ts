import { inject, Injectable } from '@angular/core';
import { dataOf, type InviteUserInput, type Role } from '@koko/web/shared/data-access-graphql/core';
import {
  type AdminUserFieldsFragment,
  AnonymiseUserDocument,
  InviteUserDocument,
  ResendInvitationDocument,
  SetUserActiveDocument,
  SetUserRolesDocument,
  UsersDocument,
  type UsersQuery,
  type UsersQueryVariables,
} from '@koko/web/shared/data-access-graphql/identity';
import { Apollo } from 'apollo-angular';
import { firstValueFrom, map, type Observable } from 'rxjs';

export type AdminUser = AdminUserFieldsFragment;
export type UserPage = UsersQuery['users'];
export type UserListQuery = UsersQueryVariables;

/** Admin operations on user accounts. */
@Injectable({ providedIn: 'root' })
export class AdminUsersService {
  private readonly apollo = inject(Apollo);

  list(variables: UserListQuery): Observable<UserPage> {
    return this.apollo
      .query({ query: UsersDocument, variables, fetchPolicy: 'network-only' })
      .pipe(map((result) => dataOf(result).users));
  }

  async invite(input: InviteUserInput): Promise<AdminUser | undefined> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: InviteUserDocument, variables: { input } }));
    return result.data?.inviteUser;
  }

  async resendInvitation(userId: string): Promise<void> {
    await firstValueFrom(this.apollo.mutate({ mutation: ResendInvitationDocument, variables: { userId } }));
  }

  async setRoles(userId: string, roles: Role[]): Promise<AdminUser | undefined> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SetUserRolesDocument, variables: { input: { userId, roles } } }),
    );
    return result.data?.setUserRoles;
  }

  async setActive(userId: string, active: boolean): Promise<AdminUser | undefined> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: SetUserActiveDocument, variables: { input: { userId, active } } }),
    );
    return result.data?.setUserActive;
  }

  /** GDPR erasure on request (cannot be undone); the person gets a final confirmation mail. */
  async anonymise(userId: string): Promise<AdminUser | undefined> {
    const result = await firstValueFrom(this.apollo.mutate({ mutation: AnonymiseUserDocument, variables: { userId } }));
    return result.data?.anonymiseUser;
  }
}
