import { DomainException, Messages } from './domain.exception';

type Translation = {
  messages: (exception: DomainException) => Messages;
  params: (exception: DomainException) => Record<string, string | number>;
};

const translations = new Map<abstract new (...args: never[]) => DomainException, Translation>();

/**
 * Each domain registers its exception type once, next to its definition (with an exhaustive switch
 * over its codes). The one global filter then answers every domain's exceptions in every resolver:
 * none can forget a filter and turn a domain error into INTERNAL_SERVER_ERROR.
 */
export function registerDomainErrors<T extends DomainException>(
  type: abstract new (...args: never[]) => T,
  messagesFor: (exception: T) => Messages,
  options: { params?: (exception: T) => Record<string, string | number> } = {},
): void {
  translations.set(type, {
    messages: messagesFor as (exception: DomainException) => Messages,
    params: (options.params ?? ((e: T) => e.params)) as (exception: DomainException) => Record<string, string | number>,
  });
}

/** The translation registered for this exception's class (or the nearest registered base class). */
export function translationOf(exception: DomainException): { messages: Messages; params: Record<string, string | number> } | null {
  for (let proto = Object.getPrototypeOf(exception); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    const t = translations.get(proto.constructor);
    if (t) return { messages: t.messages(exception), params: t.params(exception) };
  }
  return null;
}
