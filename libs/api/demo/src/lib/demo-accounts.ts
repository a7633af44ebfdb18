import { Locale, Role } from '@koko/shared';

/** The demo's password for every demo account; only ever used with demo data. */
export const DEMO_PASSWORD = 'KoKo-Demo-2026!';

export interface DemoAccount {
  email: string;
  displayName: string;
  certificateName: string;
  roles: Role[];
  locale: Locale;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@koko-campus.example', displayName: 'Dr. Miriam Schulte', certificateName: 'Dr. Miriam Schulte', roles: [Role.ADMIN], locale: Locale.DE },
  { email: 'trainerin@koko-campus.example', displayName: 'Ayşe Yılmaz', certificateName: 'Ayşe Yılmaz', roles: [Role.TRAINER], locale: Locale.DE },
  { email: 'trainer@koko-campus.example', displayName: 'Jonas Becker', certificateName: 'Jonas Becker', roles: [Role.TRAINER], locale: Locale.EN },
  { email: 'beraterin@koko-campus.example', displayName: 'Dr. Hanna Vogt', certificateName: 'Dr. Hanna Vogt', roles: [Role.ADVISOR], locale: Locale.DE },
  { email: 'evaluation@koko-campus.example', displayName: 'Prof. Dr. Leonie Brandt', certificateName: 'Prof. Dr. Leonie Brandt', roles: [Role.EVALUATION], locale: Locale.DE },
  { email: 'lukasz.zolc@kleve.example', displayName: 'Łukasz Żółć', certificateName: 'Łukasz Żółć', roles: [Role.PARTICIPANT], locale: Locale.DE },
  { email: 'anna.mueller@bielefeld.example', displayName: 'Anna Müller', certificateName: 'Anna Müller', roles: [Role.PARTICIPANT], locale: Locale.DE },
  { email: 'aga.celik@duisburg.example', displayName: 'Ağa Çelik', certificateName: 'Ağa Çelik', roles: [Role.PARTICIPANT], locale: Locale.DE },
  { email: 'thu.ha.nguyen@muenster.example', displayName: 'Nguyễn Thu Hà', certificateName: 'Nguyễn Thu Hà', roles: [Role.PARTICIPANT], locale: Locale.EN },
];
