/** The frame every HTML mail shares; {{{body}}} is the rendered template. */
export const HTML_LAYOUT = `<!doctype html>
<html lang="{{locale}}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{{subject}}</title></head>
<body style="margin:0;padding:0;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;color:#1b1f24;">
  <table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">
    <table role="presentation" width="600" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:8px;">
      <tr><td style="padding:24px 32px;border-bottom:4px solid #005a9c;font-size:20px;font-weight:bold;color:#005a9c;">KoKo Campus</td></tr>
      <tr><td style="padding:24px 32px;font-size:16px;line-height:1.5;">{{{body}}}</td></tr>
      <tr><td style="padding:16px 32px;font-size:12px;color:#555;border-top:1px solid #dde3e8;">{{footer}}</td></tr>
    </table>
  </td></tr></table>
</body>
</html>`;

export const FOOTER = {
  de: 'KoKo II – Kommunales Konfliktmanagement fördern. Diese E-Mail wurde automatisch versandt.',
  en: 'KoKo II – promoting municipal conflict management. This e-mail was sent automatically.',
} as const;
