export const ContentEvents = {
  PageUpdated: 'content.page-updated',
} as const;

/** An admin saved a new version of a public page (imprint, privacy statement, …). */
export interface ContentPageUpdatedEvent {
  actorId: string;
  slug: string;
  locale: 'de' | 'en';
  version: number;
  title: string;
}

export const BarrierReportEvents = {
  Received: 'content.barrier-report-received',
  StatusChanged: 'content.barrier-report-status-changed',
} as const;

/** Someone reported an accessibility barrier; the team is told, and the sender if they left an address. */
export interface BarrierReportReceivedEvent {
  reportId: string;
  teamEmail: string;
  pageUrl: string;
  description: string;
  name: string | null;
  email: string | null;
  locale: 'de' | 'en';
  adminUrl: string;
}

export interface BarrierReportStatusChangedEvent {
  reportId: string;
  actorId: string;
  from: 'new' | 'in_progress' | 'answered';
  to: 'new' | 'in_progress' | 'answered';
}
