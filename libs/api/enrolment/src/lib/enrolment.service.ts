import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser } from '@koko/api/core/auth';
import { APP_CONFIG, AppConfig } from '@koko/api/core/config';
import { TransactionalEvent } from '@koko/api/core/database';
import { Cohort, Municipality, todayInBerlin } from '@koko/api/catalogue';
import { IdentityException, InvitationService, UserDirectory } from '@koko/api/identity';
import { EnrolmentAppliedEvent, EnrolmentEvents, EnrolmentStateChangedEvent, ErrorCode, ExistingAccountAppliedEvent, Locale, Role, WebRoute, webUrl } from '@koko/shared';
import { DataSource, EntityManager, In, QueryFailedError } from 'typeorm';
import { ApplyInput, ApplyWithoutAccountInput } from './dto/enrolment.dto';
import { canTransition, DECISION_TARGET, EnrolmentDecision, EnrolmentState, SEAT_STATES } from './enrolment-state';
import { Enrolment } from './enrolment.entity';
import { EnrolmentErrorCode, EnrolmentException, describe } from './enrolment.exception';

export interface DecisionOutcome {
  decided: Enrolment[];
  failed: { enrolmentId: string; code: string; message: string }[];
}

/** Who an enrolment event is about, as every enrolment event names them (ids, no copies of the person). */
type EnrolmentPerson = Pick<EnrolmentAppliedEvent, 'enrolmentId' | 'cohortId' | 'userId'>;

function enrolmentPerson(enrolment: Enrolment, cohort: Cohort): EnrolmentPerson {
  return { enrolmentId: enrolment.id, cohortId: cohort.id, userId: enrolment.userId };
}

@Injectable()
export class EnrolmentService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationService,
    private readonly users: UserDirectory,
    private readonly events: EventEmitter2,
  ) {}

  /** A signed-in participant applies to a cohort that is taking applications. */
  async apply(viewer: AuthUser, input: ApplyInput, now = new Date()): Promise<Enrolment> {
    try {
      return await this.db.transaction(async (m) => {
        const cohort = await this.openCohort(m, input.cohortId, now);
        await this.checkMunicipality(m, input.municipalityId);
        if (await m.existsBy(Enrolment, { cohortId: cohort.id, userId: viewer.id })) throw new EnrolmentException(EnrolmentErrorCode.ALREADY_APPLIED);
        return this.createApplication(m, cohort, viewer.id, input, null, viewer.id);
      });
    } catch (error) {
      // Two applications at the same moment: the unique (cohort, user) index lets one through.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'enrolments_cohort_id_user_id_key') {
        throw new EnrolmentException(EnrolmentErrorCode.ALREADY_APPLIED);
      }
      throw error;
    }
  }

  /**
   * Someone without an account applies: the application creates the account and an invitation
   * to set a password. An address that already has an account gets a mail asking to sign in, and
   * the caller sees the same answer either way (no account enumeration).
   */
  async applyWithoutAccount(input: ApplyWithoutAccountInput, now = new Date()): Promise<void> {
    try {
      await this.applyWithoutAccountOnce(input, now);
    } catch (error) {
      // The same new address twice at the same moment: the second attempt finds the account the first created.
      const emailTaken =
        (error instanceof IdentityException && error.code === ErrorCode.EMAIL_TAKEN) ||
        (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'users_email_unique');
      if (!emailTaken) throw error;
      await this.applyWithoutAccountOnce(input, now);
    }
  }

  private async applyWithoutAccountOnce(input: ApplyWithoutAccountInput, now: Date): Promise<void> {
    await this.db.transaction(async (m) => {
      const cohort = await this.openCohort(m, input.cohortId, now);
      await this.checkMunicipality(m, input.municipalityId);
      const email = input.email.trim().toLowerCase();
      const existingId = await this.users.idByEmail(email, m);
      if (existingId) {
        const payload: ExistingAccountAppliedEvent = {
          userId: existingId,
          cohortId: cohort.id,
          signInUrl: webUrl(this.config.publicUrl, WebRoute.APPLY, { cohortId: cohort.id }),
        };
        await this.events.emitAsync(EnrolmentEvents.ExistingAccountApplied, { payload, manager: m } satisfies TransactionalEvent<ExistingAccountAppliedEvent>);
        return;
      }
      const { user, setPasswordUrl, expiresAt } = await this.invitations.inviteApplicant({ email, roles: [Role.PARTICIPANT], locale: input.locale, displayName: input.displayName }, m);
      await this.createApplication(m, cohort, user.id, input, { url: setPasswordUrl, expiresAt: expiresAt.toISOString() }, null);
    });
  }

  /** Admins decide one or many enrolments; each is decided in its own transaction. */
  async decide(actor: AuthUser, ids: string[], decision: EnrolmentDecision, message: string | null, locale: Locale): Promise<DecisionOutcome> {
    const outcome: DecisionOutcome = { decided: [], failed: [] };
    for (const id of [...new Set(ids)]) {
      try {
        outcome.decided.push(await this.db.transaction((m) => this.transition(m, id, DECISION_TARGET[decision], message, actor)));
      } catch (error) {
        if (!(error instanceof EnrolmentException)) throw error;
        outcome.failed.push({ enrolmentId: id, code: error.code, message: describe(error, locale) });
      }
    }
    return outcome;
  }

  /** A participant withdraws from a cohort they were admitted to; the waitlist moves up. */
  async withdrawOwn(viewer: AuthUser, enrolmentId: string, reason: string | null): Promise<Enrolment> {
    return this.db.transaction(async (m) => {
      const enrolment = await m.findOneBy(Enrolment, { id: enrolmentId });
      if (!enrolment || enrolment.userId !== viewer.id) throw new EnrolmentException(EnrolmentErrorCode.ENROLMENT_NOT_FOUND);
      return this.transition(m, enrolmentId, EnrolmentState.WITHDRAWN, reason, viewer);
    });
  }

  myEnrolments(viewer: AuthUser): Promise<Enrolment[]> {
    return this.db.manager
      .createQueryBuilder(Enrolment, 'e')
      .innerJoin(Cohort, 'c', 'c.id = e.cohort_id')
      .where('e.user_id = :id', { id: viewer.id })
      .orderBy('c.starts_on', 'DESC')
      .getMany();
  }

  /** Marks an admitted enrolment completed inside the caller's transaction (the certificate was issued). */
  complete(m: EntityManager, enrolmentId: string, actor: AuthUser | null): Promise<Enrolment> {
    return this.transition(m, enrolmentId, EnrolmentState.COMPLETED, null, actor);
  }

  /**
   * Moves one enrolment to `to`. Admitting locks the cohort row first, so two admins admitting
   * different applicants to the last place are serialised and the second finds the cohort full.
   */
  private async transition(m: EntityManager, id: string, to: EnrolmentState, message: string | null, actor: AuthUser | null, movedUp = false): Promise<Enrolment> {
    const peek = await m.findOneBy(Enrolment, { id });
    if (!peek) throw new EnrolmentException(EnrolmentErrorCode.ENROLMENT_NOT_FOUND);
    // Lock order everywhere: cohort, then enrolment.
    const cohort = await m.findOne(Cohort, { where: { id: peek.cohortId }, lock: { mode: 'pessimistic_write' } });
    const enrolment = await m.findOne(Enrolment, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!cohort || !enrolment) throw new EnrolmentException(EnrolmentErrorCode.ENROLMENT_NOT_FOUND);
    const from = enrolment.state;
    if (!canTransition(from, to)) throw new EnrolmentException(EnrolmentErrorCode.TRANSITION_NOT_ALLOWED, { from, to });
    if (to === EnrolmentState.ADMITTED) {
      const taken = await this.seatsTaken(m, cohort.id);
      if (taken >= cohort.capacity) throw new EnrolmentException(EnrolmentErrorCode.COHORT_FULL, { capacity: cohort.capacity });
    }
    enrolment.state = to;
    enrolment.decidedAt = new Date();
    enrolment.decisionMessage = message?.trim() || null;
    if (to === EnrolmentState.WAITLISTED) enrolment.waitlistedAt = new Date();
    await m.save(enrolment);
    await this.emitStateChanged(m, cohort, enrolment, from, actor, movedUp);
    if (from === EnrolmentState.ADMITTED && to === EnrolmentState.WITHDRAWN) await this.moveUpWaitlist(m, cohort);
    return enrolment;
  }

  /** Fills free places from the waitlist, first come first served. */
  private async moveUpWaitlist(m: EntityManager, cohort: Cohort): Promise<void> {
    let free = cohort.capacity - (await this.seatsTaken(m, cohort.id));
    while (free > 0) {
      const next = await m
        .createQueryBuilder(Enrolment, 'e')
        .where('e.cohort_id = :c AND e.state = :s', { c: cohort.id, s: EnrolmentState.WAITLISTED })
        .orderBy('e.waitlisted_at', 'ASC')
        .addOrderBy('e.applied_at', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getOne();
      if (!next) return;
      await this.transition(m, next.id, EnrolmentState.ADMITTED, null, null, true);
      free -= 1;
    }
  }

  private seatsTaken(m: EntityManager, cohortId: string): Promise<number> {
    return m.count(Enrolment, { where: { cohortId, state: In([...SEAT_STATES]) } });
  }

  private async openCohort(m: EntityManager, cohortId: string, now: Date): Promise<Cohort> {
    const cohort = await m.findOneBy(Cohort, { id: cohortId });
    if (!cohort) throw new EnrolmentException(EnrolmentErrorCode.COHORT_NOT_FOUND);
    const today = todayInBerlin(now);
    if (today < cohort.applicationsOpenOn || today > cohort.applicationsCloseOn) throw new EnrolmentException(EnrolmentErrorCode.COHORT_NOT_OPEN);
    return cohort;
  }

  private async checkMunicipality(m: EntityManager, id: string): Promise<void> {
    if (!(await m.existsBy(Municipality, { id }))) throw new EnrolmentException(EnrolmentErrorCode.MUNICIPALITY_NOT_FOUND);
  }

  private async createApplication(m: EntityManager, cohort: Cohort, userId: string, input: ApplyInput, setPassword: EnrolmentAppliedEvent['setPassword'], actorId: string | null): Promise<Enrolment> {
    const enrolment = await m.save(
      m.create(Enrolment, {
        cohortId: cohort.id,
        userId,
        municipalityId: input.municipalityId,
        jobRole: input.jobRole,
        motivation: input.motivation,
        state: EnrolmentState.APPLIED,
      }),
    );
    const payload: EnrolmentAppliedEvent = {
      ...enrolmentPerson(enrolment, cohort),
      setPassword,
      actorId,
      after: { state: enrolment.state, municipalityId: enrolment.municipalityId, jobRole: enrolment.jobRole },
    };
    await this.events.emitAsync(EnrolmentEvents.Applied, { payload, manager: m } satisfies TransactionalEvent<EnrolmentAppliedEvent>);
    return enrolment;
  }

  private async emitStateChanged(m: EntityManager, cohort: Cohort, enrolment: Enrolment, from: EnrolmentState, actor: AuthUser | null, movedUp: boolean): Promise<void> {
    const payload: EnrolmentStateChangedEvent = {
      ...enrolmentPerson(enrolment, cohort),
      from,
      to: enrolment.state,
      message: enrolment.decisionMessage,
      movedUp,
      actorId: actor?.id ?? null,
      dashboardUrl: webUrl(this.config.publicUrl, WebRoute.MY_WAY),
    };
    await this.events.emitAsync(EnrolmentEvents.StateChanged, { payload, manager: m } satisfies TransactionalEvent<EnrolmentStateChangedEvent>);
  }
}
