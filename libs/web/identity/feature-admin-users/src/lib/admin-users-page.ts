import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { type AdminUser, AdminUsersService, type Role, SessionStore } from '@koko/web/identity/data-access';
import { ApiErrorService, createAdminList } from '@koko/web/shared/data-access-graphql';
import { AdminListView, ConfirmService, FormError, Notifier, PageHeader } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, roleKey, TranslatePipe } from '@koko/web/shared/util';
import { EditRolesDialog } from './edit-roles-dialog';
import { InviteUserDialog } from './invite-user-dialog';
import { ROLE_OPTIONS } from './role-options';

/** `/verwaltung/benutzer` – admin list with server-side search, filters and paging (`?suche=&rolle=&status=&seite=`). */
@Component({
  selector: 'koko-admin-users-page',
  imports: [
    ReactiveFormsModule,
    MatTableModule,
    MatFormField,
    MatLabel,
    MatInput,
    MatSelect,
    MatOption,
    MatButton,
    MatIconButton,
    MatIcon,
    MatMenu,
    MatMenuContent,
    MatMenuItem,
    MatMenuTrigger,
    PageHeader,
    AdminListView,
    FormError,
    TranslatePipe,
    LocalizedDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './admin-users-page.html',
  styleUrl: './admin-users-page.scss',
})
export class AdminUsersPage {
  private readonly users = inject(AdminUsersService);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly confirm = inject(ConfirmService);
  private readonly notifier = inject(Notifier);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);

  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly roleKey = roleKey;
  protected readonly columns = ['name', 'roles', 'status', 'lastSignIn', 'actions'];
  protected readonly busyUserId = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly list = createAdminList({
    filters: { search: { param: 'suche', text: true }, role: { param: 'rolle' }, status: { param: 'status' } },
    pageSizeOptions: [10, 20, 50],
    load: ({ filters, offset, limit }) =>
      this.users.list({
        offset,
        limit,
        // Unset filters are omitted (not sent as null); an unknown value in the address is ignored.
        search: filters.search || undefined,
        role: ROLE_OPTIONS.includes(filters.role as Role) ? (filters.role as Role) : undefined,
        active: filters.status === 'active' ? true : filters.status === 'inactive' ? false : undefined,
      }),
  });

  protected reload(): void {
    this.list.loader.reload();
  }

  protected isSelf(user: AdminUser): boolean {
    return this.session.user()?.id === user.id;
  }

  protected nameOf(user: AdminUser): string {
    return user.displayName || user.email;
  }

  protected openInvite(): void {
    this.dialog
      .open<InviteUserDialog, void, AdminUser>(InviteUserDialog, { autoFocus: 'first-tabbable', maxWidth: '36rem' })
      .afterClosed()
      .subscribe((user) => {
        if (!user) return;
        this.notifier.success(this.i18n.t('users.invited', { email: user.email }));
        this.reload();
      });
  }

  protected editRoles(user: AdminUser): void {
    this.dialog
      .open<EditRolesDialog, AdminUser, AdminUser>(EditRolesDialog, { data: user, autoFocus: 'first-tabbable', maxWidth: '32rem' })
      .afterClosed()
      .subscribe((updated) => {
        if (!updated) return;
        this.notifier.success(this.i18n.t('users.rolesSaved', { name: this.nameOf(updated) }));
        this.reload();
      });
  }

  protected async toggleActive(user: AdminUser): Promise<void> {
    const deactivate = user.active;
    const name = this.nameOf(user);
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t(deactivate ? 'users.deactivateTitle' : 'users.reactivateTitle'),
      message: this.i18n.t(deactivate ? 'users.deactivateText' : 'users.reactivateText', { name }),
      confirmLabel: this.i18n.t(deactivate ? 'users.deactivate' : 'users.reactivate'),
      destructive: deactivate,
    });
    if (!confirmed) return;
    await this.run(user, async () => {
      await this.users.setActive(user.id, !deactivate);
      this.notifier.success(this.i18n.t(deactivate ? 'users.deactivated' : 'users.reactivated', { name }));
    });
  }

  protected isAnonymised(user: AdminUser): boolean {
    return user.email.endsWith('@anonymisiert.invalid');
  }

  protected async anonymise(user: AdminUser): Promise<void> {
    const name = this.nameOf(user);
    const confirmed = await this.confirm.confirm({
      title: this.i18n.t('users.anonymiseTitle'),
      message: this.i18n.t('users.anonymiseText', { name }),
      confirmLabel: this.i18n.t('users.anonymise'),
      destructive: true,
    });
    if (!confirmed) return;
    await this.run(user, async () => {
      await this.users.anonymise(user.id);
      this.notifier.success(this.i18n.t('users.anonymised', { name }));
    });
  }

  protected async resendInvitation(user: AdminUser): Promise<void> {
    await this.run(user, async () => {
      await this.users.resendInvitation(user.id);
      this.notifier.success(this.i18n.t('users.invitationResent', { email: user.email }));
    });
  }

  private async run(user: AdminUser, action: () => Promise<void>): Promise<void> {
    this.busyUserId.set(user.id);
    this.actionError.set(null);
    try {
      await action();
      this.reload();
    } catch (error) {
      this.actionError.set(this.errors.describe(error).message);
    } finally {
      this.busyUserId.set(null);
    }
  }
}
