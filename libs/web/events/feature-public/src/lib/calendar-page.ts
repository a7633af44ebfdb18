import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { ActivatedRoute, Router } from '@angular/router';
import { formatKey, nextMonths, ShortFormatsService, type ShortFormatCard, type ShortFormatFormat, type ShortFormatTopic } from '@koko/web/events/data-access';
import { ApiErrorService } from '@koko/web/shared/data-access-graphql';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '@koko/web/shared/ui';
import { I18nService, TranslatePipe } from '@koko/web/shared/util';
import { from, map, of, startWith, Subject, switchMap, catchError, combineLatest } from 'rxjs';
import { ShortFormatCardView } from './short-format-card';

type PageState = { kind: 'loading' } | { kind: 'loaded'; items: ShortFormatCard[]; total: number } | { kind: 'error'; message: string };

const FORMATS: ShortFormatFormat[] = ['ONLINE', 'IN_PERSON', 'HYBRID'];

/** `/veranstaltungen` – the public calendar of short formats; filters live in the URL. */
@Component({
  selector: 'koko-short-format-calendar-page',
  imports: [MatFormField, MatLabel, MatSelect, MatOption, PageHeader, LoadingState, EmptyState, ErrorState, TranslatePipe, ShortFormatCardView],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="koko-page">
      <koko-page-header [heading]="'events.calendar.heading' | t" [intro]="'events.calendar.intro' | t" headingTestId="calendar-heading" />

      <form class="filters" role="search" [attr.aria-label]="'events.calendar.filters' | t" data-testid="calendar-filters">
        <mat-form-field>
          <mat-label>{{ 'events.calendar.topic' | t }}</mat-label>
          <mat-select [value]="filter().topicId" (selectionChange)="setFilter('thema', $event.value)" data-testid="filter-topic">
            <mat-option [value]="null">{{ 'events.calendar.all' | t }}</mat-option>
            @for (topic of topics(); track topic.id) {
              <mat-option [value]="topic.id">{{ locale() === 'en' ? topic.titleEn : topic.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'events.calendar.format' | t }}</mat-label>
          <mat-select [value]="filter().format" (selectionChange)="setFilter('format', $event.value)" data-testid="filter-format">
            <mat-option [value]="null">{{ 'events.calendar.all' | t }}</mat-option>
            @for (format of formats; track format) {
              <mat-option [value]="format">{{ formatKey(format) | t }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'events.calendar.month' | t }}</mat-label>
          <mat-select [value]="filter().month" (selectionChange)="setFilter('monat', $event.value)" data-testid="filter-month">
            <mat-option [value]="null">{{ 'events.calendar.all' | t }}</mat-option>
            @for (month of months; track month) {
              <mat-option [value]="month">{{ monthLabel(month) }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </form>

      @switch (state().kind) {
        @case ('loading') {
          <koko-loading-state [label]="'events.calendar.loading' | t" />
        }
        @case ('error') {
          @if (state(); as s) {
            @if (s.kind === 'error') {
              <koko-error-state [message]="s.message" (retry)="reload()" />
            }
          }
        }
        @case ('loaded') {
          @if (state(); as s) {
            @if (s.kind === 'loaded') {
              @if (s.items.length === 0) {
                <koko-empty-state [message]="'events.calendar.empty' | t" />
              } @else {
                <p class="count" role="status">{{ 'events.calendar.count' | t: { count: s.total } }}</p>
                <ul class="events" data-testid="calendar-list">
                  @for (event of s.items; track event.id) {
                    <li><koko-short-format-card [event]="event" /></li>
                  }
                </ul>
              }
            }
          }
        }
      }
      <p class="feed"><a href="/api/short-formats/feed.ics" data-testid="calendar-feed">{{ 'events.calendar.feed' | t }}</a></p>
    </div>
  `,
  styles: `
    .filters { display: flex; flex-wrap: wrap; gap: 0 1rem; margin-bottom: 0.5rem; }
    .filters mat-form-field { flex: 1 1 14rem; }
    .events { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
    .count { margin: 0 0 0.75rem; color: var(--mat-sys-on-surface-variant); }
    .feed { margin-top: 1.5rem; }
  `,
})
export class ShortFormatCalendarPage {
  private readonly service = inject(ShortFormatsService);
  private readonly errors = inject(ApiErrorService);
  private readonly i18n = inject(I18nService);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly reload$ = new Subject<void>();

  protected readonly formats = FORMATS;
  protected readonly months = nextMonths(new Date(), 12);
  protected readonly locale = this.i18n.locale;
  protected readonly topics = signal<ShortFormatTopic[]>([]);
  protected readonly state = signal<PageState>({ kind: 'loading' });
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filter = computed(() => {
    const p = this.params();
    const format = p.get('format') as ShortFormatFormat | null;
    return {
      topicId: p.get('thema'),
      format: format && FORMATS.includes(format) ? format : null,
      month: /^\d{4}-\d{2}$/.test(p.get('monat') ?? '') ? p.get('monat') : null,
    };
  });

  constructor() {
    this.service.topics().then(
      (topics) => this.topics.set(topics),
      () => this.topics.set([]),
    );
    combineLatest([this.route.queryParamMap, this.reload$.pipe(startWith(undefined))])
      .pipe(
        switchMap(() =>
          from(this.service.calendar(this.filter())).pipe(
            map((page): PageState => ({ kind: 'loaded', items: page.items, total: page.total })),
            catchError((error: unknown) => of<PageState>({ kind: 'error', message: this.errors.describe(error).message })),
            startWith<PageState>({ kind: 'loading' }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((state) => this.state.set(state));
  }

  protected setFilter(name: 'thema' | 'format' | 'monat', value: string | null): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { [name]: value || null }, queryParamsHandling: 'merge' });
  }

  protected monthLabel(month: string): string {
    return this.i18n.formatDate(`${month}-15T12:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' });
  }

  protected reload(): void {
    this.reload$.next();
  }

  protected readonly formatKey = formatKey;
}
