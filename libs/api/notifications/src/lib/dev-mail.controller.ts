import { Controller, Get, Header, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuthUser, CurrentUser, Public } from '@koko/api/core/auth';
import { Role } from '@koko/shared';
import type { Response } from 'express';
import Handlebars from 'handlebars';
import { DataSource } from 'typeorm';
import { CapturedMail } from './mail-outbox.entity';

const PAGE = Handlebars.compile(`<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} – KoKo Campus</title>
<style>
 body{font-family:system-ui,Arial,sans-serif;margin:0;color:#1b1f24;background:#f4f6f8}
 header{background:#005a9c;color:#fff;padding:12px 24px} header a{color:#fff}
 main{max-width:960px;margin:24px auto;padding:0 16px}
 table{border-collapse:collapse;width:100%;background:#fff} th,td{text-align:left;padding:8px;border-bottom:1px solid #ccd3da}
 a{color:#004a80} a:focus,button:focus{outline:3px solid #ffbf47;outline-offset:2px}
 pre{white-space:pre-wrap;background:#fff;padding:16px;border:1px solid #ccd3da}
 .note{background:#fff4ce;padding:8px 12px;border-left:4px solid #8a6d00}
</style></head>
<body><header><a href="/">KoKo Campus</a> · Mail-Postausgang (nur Entwicklung)</header>
<main><h1>{{title}}</h1>{{{content}}}</main></body></html>`);

const LIST = Handlebars.compile(`<p class="note">Diese Seite gibt es nur in Entwicklung und Demo: Mails werden hier abgelegt statt versandt.</p>
<form method="get" action="/dev/mail"><label for="to">Empfänger:in filtern</label> <input id="to" name="to" value="{{to}}"> <button type="submit">Filtern</button></form>
{{#if mails.length}}
<table><caption>Zuletzt erfasste Mails (neueste zuerst)</caption><thead><tr><th scope="col">Zeit (UTC)</th><th scope="col">An</th><th scope="col">Betreff</th></tr></thead><tbody>
{{#each mails}}<tr><td>{{this.time}}</td><td>{{this.recipient}}</td><td><a href="/dev/mail/{{this.id}}" data-testid="dev-mail-link">{{this.subject}}</a></td></tr>{{/each}}
</tbody></table>
{{else}}<p data-testid="dev-mail-empty">Noch keine Mails erfasst.</p>{{/if}}`);

const ONE = Handlebars.compile(`<p><a href="/dev/mail">← Zur Übersicht</a></p>
<dl><dt>An</dt><dd data-testid="dev-mail-to">{{mail.recipient}}</dd><dt>Betreff</dt><dd>{{mail.subject}}</dd></dl>
<h2>Textfassung</h2><pre data-testid="dev-mail-text">{{mail.text}}</pre>
<h2>HTML-Fassung</h2><iframe title="HTML-Fassung der Mail" sandbox="allow-popups allow-top-navigation-by-user-activation" style="width:100%;height:600px;border:1px solid #ccd3da;background:#fff" srcdoc="{{mail.html}}"></iframe>`);

/** Development and demo only: admins read the mails the capture transport kept. */
@Controller('dev/mail')
export class DevMailController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private allowed(user: AuthUser | undefined, res: Response, back: string): boolean {
    if (!user) {
      res.redirect(302, `/anmelden?next=${encodeURIComponent(back)}`);
      return false;
    }
    if (!user.roles.includes(Role.ADMIN)) {
      res.status(403).type('html').send(PAGE({ title: 'Kein Zugriff', content: '<p>Diese Seite ist Administrator:innen vorbehalten.</p>' }));
      return false;
    }
    return true;
  }

  @Public()
  @Get()
  @Header('Cache-Control', 'no-store')
  async list(@CurrentUser() user: AuthUser | undefined, @Query('to') to: string | undefined, @Res() res: Response) {
    if (!this.allowed(user, res, '/dev/mail')) return;
    const qb = this.db.manager.createQueryBuilder(CapturedMail, 'm').orderBy('m.created_at', 'DESC').limit(100);
    if (to?.trim()) qb.where('lower(m.recipient) = lower(:to)', { to: to.trim() });
    const mails = (await qb.getMany()).map((m) => ({ ...m, time: m.createdAt.toISOString().replace('T', ' ').slice(0, 19) }));
    res.type('html').send(PAGE({ title: 'Erfasste Mails', content: LIST({ mails, to: to ?? '' }) }));
  }

  @Public()
  @Get(':id')
  @Header('Cache-Control', 'no-store')
  async show(@CurrentUser() user: AuthUser | undefined, @Param('id', ParseUUIDPipe) id: string, @Res() res: Response) {
    if (!this.allowed(user, res, `/dev/mail/${id}`)) return;
    const mail = await this.db.manager.findOne(CapturedMail, { where: { id } });
    if (!mail) {
      res.status(404).type('html').send(PAGE({ title: 'Nicht gefunden', content: '<p>Diese Mail gibt es nicht.</p>' }));
      return;
    }
    res.type('html').send(PAGE({ title: mail.subject, content: ONE({ mail }) }));
  }
}
