import { Foundation1764075600000 } from './1764075600000-foundation';
import { Municipalities1764086400000 } from './1764086400000-municipalities';
import { ProgrammeCohortsEnrolment1764144000000 } from './1764144000000-programme-cohorts-enrolment';
import { Assessment1764230400000 } from './1764230400000-assessment';
import { Jobs1764316800000 } from './1764316800000-jobs';
import { Certificates1764403200000 } from './1764403200000-certificates';
import { ShortFormats1764838114000 } from './1764838114000-short-formats';
import { ContentPages1764838800000 } from './1764838800000-content-pages';
import { BarrierReports1764842400000 } from './1764842400000-barrier-reports';
import { TrainerMailPreferences1764900000000 } from './1764900000000-trainer-mail-preferences';
import { RubricMinimum1764990000000 } from './1764990000000-rubric-minimum';
import { RevisionDueDates1764990600000 } from './1764990600000-revision-due-dates';
import { DataExports1764993300000 } from './1764993300000-data-exports';
import { CertificateBatchFailure1764997200000 } from './1764997200000-certificate-batch-failure';
import { ShortFormatCheckIn1765010000000 } from './1765010000000-short-format-check-in';
import { AttendanceConfirmations1765200000000 } from './1765200000000-attendance-confirmations';
import { ShortFormatReminders1765200100000 } from './1765200100000-short-format-reminders';
import { CertificateTitle1765300000000 } from './1765300000000-certificate-title';
import { Evaluation1765600000000 } from './1765600000000-evaluation';
import { ProgrammeContentEn1766100000000 } from './1766100000000-programme-content-en';
import { SurveyMails1766200000000 } from './1766200000000-survey-mails';
import { SurveyCode1766200100000 } from './1766200100000-survey-code';
import { Counselling1766300000000 } from './1766300000000-counselling';
import { CounsellingThread1766300100000 } from './1766300100000-counselling-thread';
import { Credentials1766400000000 } from './1766400000000-credentials';
import { Accompaniment1766550000000 } from './1766550000000-accompaniment';

/** Every migration in order. Listed explicitly so the CLI, jest and the webpack bundle agree. */
export const MIGRATIONS = [Foundation1764075600000, Municipalities1764086400000, ProgrammeCohortsEnrolment1764144000000, Assessment1764230400000, Jobs1764316800000, Certificates1764403200000, ShortFormats1764838114000, ContentPages1764838800000, BarrierReports1764842400000, TrainerMailPreferences1764900000000, RubricMinimum1764990000000, RevisionDueDates1764990600000, DataExports1764993300000, CertificateBatchFailure1764997200000, ShortFormatCheckIn1765010000000, AttendanceConfirmations1765200000000, ShortFormatReminders1765200100000, CertificateTitle1765300000000, Evaluation1765600000000, ProgrammeContentEn1766100000000, SurveyMails1766200000000, SurveyCode1766200100000, Counselling1766300000000, CounsellingThread1766300100000, Credentials1766400000000, Accompaniment1766550000000];
