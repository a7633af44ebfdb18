import Handlebars from 'handlebars';
import { FOOTER, HTML_LAYOUT } from './templates/layout';
import { TemplateName, TEMPLATES } from './templates';

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

/** Renders a template in the recipient's language; dates in that language and the portal's time zone. */
export class MailRenderer {
  private readonly hbs = Handlebars.create();
  private readonly layout: HandlebarsTemplateDelegate;
  private readonly cache = new Map<string, { subject: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate; text: HandlebarsTemplateDelegate }>();

  constructor(private readonly timeZone: string) {
    this.hbs.registerHelper('formatDate', function (this: unknown, value: string, options: Handlebars.HelperOptions) {
      const locale = (options.data.root as { __locale: string }).__locale;
      return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: timeZone,
      }).format(new Date(value));
    });
    this.layout = this.hbs.compile(HTML_LAYOUT);
  }

  render(template: TemplateName, locale: 'de' | 'en', context: Record<string, unknown>): RenderedMail {
    const key = `${template}:${locale}`;
    let compiled = this.cache.get(key);
    if (!compiled) {
      const source = TEMPLATES[template][locale];
      compiled = {
        subject: this.hbs.compile(source.subject, { noEscape: true, strict: true }),
        html: this.hbs.compile(source.html, { strict: true }),
        text: this.hbs.compile(source.text, { noEscape: true, strict: true }),
      };
      this.cache.set(key, compiled);
    }
    const data = { ...context, __locale: locale };
    const subject = compiled.subject(data);
    const body = compiled.html(data);
    return {
      subject,
      html: this.layout({ body, subject, locale, footer: FOOTER[locale] }),
      text: `${compiled.text(data)}\n\n--\n${FOOTER[locale]}\n`,
    };
  }
}
