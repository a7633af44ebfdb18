/**
 * Domain event contracts. The domain that causes an event emits it; notifications (mail) and the
 * audit trail listen. Payloads are plain data: ids and the facts of the change. They carry no copy of
 * another domain's data about people (address, name, language): a consumer that writes to someone
 * loads that once per event through identity's read interface, so no producer reads accounts just
 * to pass them on. One file per emitting domain.
 */

export * from './identity';
export * from './enrolment';
export * from './attendance';
export * from './assessment';
export * from './certificates';
export * from './short-formats';
export * from './content';
export * from './evaluation';
export * from './counselling';
export * from './accompaniment';
