import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatPaginator, type PageEvent } from '@angular/material/paginator';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { type AdminUser, AdminUsersService, type Role, SessionStore, type UserPage } from '@koko/web/identity/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { ConfirmService, EmptyState, ErrorState, LoadingState, Notifier, PageHeader, TableScroll } from '@koko/web/shared/ui';
import { I18nService, LocalizedDatePipe, roleKey, TranslatePipe } from '@koko/web/shared/util';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';
import { EditRolesDialog } from './edit-roles-dialog';
import { InviteUserDialog } from './invite-user-dialog';
import { ROLE_OPTIONS } from './role-options';

type StatusFilter = 'all' | 'active' | 'inactive';
type ListState =
  | { kind: 'loading'; page: UserPage | null }
  | { kind: 'loaded'; page: UserPage }
  | { kind: 'error'; message: string; page: UserPage | null };

/** `/verwaltung/benutzer` – admin list with server-side search, filters and paging. */
@Component({
  selector: 'koko-admin-users-page',
  imports: [
    TableScroll,
    ReactiveFormsModule,
    MatTableModule,
    MatPaginator,
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
    LoadingState,
    EmptyState,
    ErrorState,
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
  private readonly destroyRef = inject(DestroyRef);

  protected readonly roleOptions = ROLE_OPTIONS;
  protected readonly roleKey = roleKey;
  protected readonly columns = ['name', 'roles', 'status', 'lastSignIn', 'actions'];
  protected readonly pageSizeOptions = [10, 20, 50];

  protected readonly searchControl = new FormControl('', { nonNullable: true });
  protected readonly roleControl = new FormControl<Role | 'all'>('all', { nonNullable: true });
  protected readonly statusControl = new FormControl<StatusFilter>('all', { nonNullable: true });

  private readonly search = signal('');
  private readonly role = signal<Role | 'all'>('all');
  private readonly status = signal<StatusFilter>('all');
  protected readonly pageIndex = signal(0);
  protected readonly pageSize = signal(20);
  private readonly reloadCounter = signal(0);
  protected readonly state = signal<ListState>({ kind: 'loading', page: null });

  protected readonly page = computed(() => this.state().page);
  protected readonly items = computed<AdminUser[]>(() => this.page()?.items ?? []);
  protected readonly total = computed(() => this.page()?.total ?? 0);
  protected readonly busyUserId = signal<string | null>(null);

  /** Server-side query; `reload` forces a new request with the same variables. */
  private readonly query = computed(() => ({
    variables: {
      offset: this.pageIndex() * this.pageSize(),
      limit: this.pageSize(),
      // Unset filters are omitted (not sent as null).
      search: this.search() || undefined,
      role: this.role() === 'all' ? undefined : (this.role() as Role),
      active: this.status() === 'all' ? undefined : this.status() === 'active',
    },
    reload: this.reloadCounter(),
  }));

  constructor() {
    this.searchControl.valueChanges
      .pipe(debounceTime(300), map((v) => v.trim()), distinctUntilChanged(), takeUntilDestroyed())
      .subscribe((value) => {
        this.search.set(value);
        this.pageIndex.set(0);
      });
    this.roleControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      this.role.set(value);
      this.pageIndex.set(0);
    });
    this.statusControl.valueChanges.pipe(takeUntilDestroyed()).subscribe((value) => {
      this.status.set(value);
      this.pageIndex.set(0);
    });

    toObservable(this.query)
      .pipe(
        switchMap(({ variables }) =>
          this.users.list(variables).pipe(
            map((page): ListState => ({ kind: 'loaded', page })),
            catchError((error: unknown) =>
              of<ListState>({ kind: 'error', message: this.errors.describe(error).message, page: this.page() }),
            ),
            startWith<ListState>({ kind: 'loading', page: this.page() }),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected reload(): void {
    this.reloadCounter.update((n) => n + 1);
  }

  protected onPage(event: PageEvent): void {
    this.pageSize.set(event.pageSize);
    this.pageIndex.set(event.pageIndex);
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
    try {
      await action();
      this.reload();
    } catch (error) {
      this.state.set({ kind: 'error', message: this.errors.describe(error).message, page: this.page() });
    } finally {
      this.busyUserId.set(null);
    }
  }
}
