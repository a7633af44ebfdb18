import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { LoadView } from '@koko/web/shared/util';
import { EmptyState } from './empty-state';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';

/**
 * Shows a loader's state: a spinner while loading, the error with a retry button, the empty message once
 * loaded with nothing to show, and the projected content whenever there is data (also during a reload).
 * Content for the empty case (e.g. an action) goes in an element marked `kokoEmpty`.
 *
 * ```html
 * <koko-load-state [loader]="cohorts" [emptyMessage]="'catalogue.cohorts.empty' | t">
 *   @if (cohorts.data(); as list) { … }
 * </koko-load-state>
 * ```
 */
@Component({
  selector: 'koko-load-state',
  imports: [LoadingState, ErrorState, EmptyState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loader().loading()) {
      <koko-loading-state [label]="loadingLabel()" />
    }
    @if (loader().error(); as message) {
      <koko-error-state [message]="message" (retry)="loader().reload()" />
    }
    @if (loader().empty()) {
      @if (emptyMessage()) {
        <koko-empty-state [message]="emptyMessage()"><ng-content select="[kokoEmpty]" /></koko-empty-state>
      }
    } @else if (loader().hasData()) {
      <ng-content />
    }
  `,
  styles: `
    :host { display: block; }
  `,
})
export class LoadStateView {
  readonly loader = input.required<LoadView>();
  /** Without a message an empty result shows nothing (the page explains it otherwise). */
  readonly emptyMessage = input<string>('');
  readonly loadingLabel = input<string>('');
}
