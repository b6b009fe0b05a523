import type { MailLanguage } from '../../src/api/schemas/user.js';
import { escapeHtml, formatExpiry } from './format.js';

/** What an invitation email says; every field is plain text (escaped when it goes into HTML). */
export interface InvitationMail {
  language: MailLanguage;
  firstName: string;
  lastName: string;
  clientName: string;
  inviterName: string;
  acceptUrl: string;
  expiresAt: Date;
}

export interface RenderedMail {
  /** The language the text is really in (a BCP 47 tag for `lang` and `Content-Language`). */
  lang: string;
  subject: string;
  text: string;
  html: string;
}

interface Strings {
  subject: (v: { client: string }) => string;
  greeting: (v: { first: string; last: string }) => string;
  intro: (v: { inviter: string; client: string }) => string;
  action: string;
  linkHint: string;
  expiry: (v: { date: string }) => string;
  ignore: string;
}

/**
 * One entry per mail language of DOMAIN.md. French and English are the
 * reference texts; the others were translated from them and should get a
 * native speaker's review before a partner relies on them. A language missing
 * here falls back to English and the email says `lang="en"`.
 */
const STRINGS: Partial<Record<MailLanguage, Strings>> = {
  en: {
    subject: ({ client }) => `Your invitation to ${client}`,
    greeting: ({ first }) => `Hello ${first},`,
    intro: ({ inviter, client }) => `${inviter} has invited you to ${client}. Choose your password to activate your account.`,
    action: 'Activate my account',
    linkHint: 'If the button does not work, copy this link into your browser:',
    expiry: ({ date }) => `This link works once and expires on ${date}.`,
    ignore: 'If you were not expecting this invitation, you can ignore this email.',
  },
  fr: {
    subject: ({ client }) => `Votre invitation à rejoindre ${client}`,
    greeting: ({ first }) => `Bonjour ${first},`,
    intro: ({ inviter, client }) => `${inviter} vous invite à rejoindre ${client}. Choisissez votre mot de passe pour activer votre compte.`,
    action: 'Activer mon compte',
    linkHint: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
    expiry: ({ date }) => `Ce lien ne fonctionne qu’une fois et expire le ${date}.`,
    ignore: 'Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.',
  },
  de: {
    subject: ({ client }) => `Ihre Einladung zu ${client}`,
    greeting: ({ first }) => `Hallo ${first},`,
    intro: ({ inviter, client }) => `${inviter} hat Sie zu ${client} eingeladen. Wählen Sie Ihr Passwort, um Ihr Konto zu aktivieren.`,
    action: 'Konto aktivieren',
    linkHint: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
    expiry: ({ date }) => `Dieser Link funktioniert nur einmal und läuft am ${date} ab.`,
    ignore: 'Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
  },
  nl: {
    subject: ({ client }) => `Uw uitnodiging voor ${client}`,
    greeting: ({ first }) => `Hallo ${first},`,
    intro: ({ inviter, client }) => `${inviter} heeft u uitgenodigd voor ${client}. Kies uw wachtwoord om uw account te activeren.`,
    action: 'Mijn account activeren',
    linkHint: 'Werkt de knop niet? Kopieer deze link dan in uw browser:',
    expiry: ({ date }) => `Deze link werkt één keer en verloopt op ${date}.`,
    ignore: 'Als u deze uitnodiging niet verwachtte, kunt u deze e-mail negeren.',
  },
  es: {
    subject: ({ client }) => `Su invitación a ${client}`,
    greeting: ({ first }) => `Hola, ${first}:`,
    intro: ({ inviter, client }) => `${inviter} le ha invitado a ${client}. Elija su contraseña para activar su cuenta.`,
    action: 'Activar mi cuenta',
    linkHint: 'Si el botón no funciona, copie este enlace en su navegador:',
    expiry: ({ date }) => `Este enlace solo funciona una vez y caduca el ${date}.`,
    ignore: 'Si no esperaba esta invitación, puede ignorar este correo.',
  },
  it: {
    subject: ({ client }) => `Il tuo invito a ${client}`,
    greeting: ({ first }) => `Ciao ${first},`,
    intro: ({ inviter, client }) => `${inviter} ti invita a unirti a ${client}. Scegli la tua password per attivare il tuo account.`,
    action: 'Attiva il mio account',
    linkHint: 'Se il pulsante non funziona, copia questo link nel browser:',
    expiry: ({ date }) => `Questo link funziona una sola volta e scade il ${date}.`,
    ignore: 'Se non aspettavi questo invito, puoi ignorare questa email.',
  },
  'pt-br': {
    subject: ({ client }) => `Seu convite para ${client}`,
    greeting: ({ first }) => `Olá, ${first}!`,
    intro: ({ inviter, client }) => `${inviter} convidou você para ${client}. Escolha sua senha para ativar sua conta.`,
    action: 'Ativar minha conta',
    linkHint: 'Se o botão não funcionar, copie este link no seu navegador:',
    expiry: ({ date }) => `Este link funciona uma única vez e expira em ${date}.`,
    ignore: 'Se você não esperava este convite, pode ignorar este e-mail.',
  },
  'zh-cn': {
    subject: ({ client }) => `您受邀加入 ${client}`,
    greeting: ({ first }) => `${first}，您好：`,
    intro: ({ inviter, client }) => `${inviter} 邀请您加入 ${client}。请设置密码以激活您的账户。`,
    action: '激活我的账户',
    linkHint: '如果按钮无法使用，请将以下链接复制到浏览器中：',
    expiry: ({ date }) => `此链接仅可使用一次，将于 ${date} 失效。`,
    ignore: '如果您没有预期收到此邀请，请忽略此邮件。',
  },
  ja: {
    subject: ({ client }) => `${client} への招待`,
    // Japanese letters address the family name.
    greeting: ({ last }) => `${last} 様`,
    intro: ({ inviter, client }) => `${inviter} さんから ${client} への招待が届いています。パスワードを設定して、アカウントを有効にしてください。`,
    action: 'アカウントを有効にする',
    linkHint: 'ボタンが機能しない場合は、次のリンクをブラウザにコピーしてください：',
    expiry: ({ date }) => `このリンクは一度だけ使用でき、${date} に有効期限が切れます。`,
    ignore: 'このメールに心当たりがない場合は、破棄してください。',
  },
  th: {
    subject: ({ client }) => `คำเชิญเข้าร่วม ${client}`,
    greeting: ({ first }) => `เรียน คุณ${first}`,
    intro: ({ inviter, client }) => `${inviter} ได้เชิญคุณเข้าร่วม ${client} กรุณาตั้งรหัสผ่านเพื่อเปิดใช้งานบัญชีของคุณ`,
    action: 'เปิดใช้งานบัญชีของฉัน',
    linkHint: 'หากปุ่มใช้งานไม่ได้ กรุณาคัดลอกลิงก์นี้ไปวางในเบราว์เซอร์',
    expiry: ({ date }) => `ลิงก์นี้ใช้ได้เพียงครั้งเดียวและจะหมดอายุในวันที่ ${date}`,
    ignore: 'หากคุณไม่ได้คาดว่าจะได้รับคำเชิญนี้ คุณสามารถเพิกเฉยต่ออีเมลนี้ได้',
  },
};

/** BCP 47 tags for the mail languages (the contract spells them in lower case). */
const LANG_TAGS: Record<MailLanguage, string> = {
  fr: 'fr', en: 'en', de: 'de', nl: 'nl', es: 'es', it: 'it', 'pt-br': 'pt-BR', 'zh-cn': 'zh-CN', ja: 'ja', th: 'th',
};

/** The invitation email in the user's mail language: subject, plain text and HTML that say the same. */
export function renderInvitation(mail: InvitationMail): RenderedMail {
  const strings = STRINGS[mail.language];
  const language: MailLanguage = strings ? mail.language : 'en';
  const t = strings ?? STRINGS.en!;
  const lang = LANG_TAGS[language];
  const date = formatExpiry(mail.expiresAt, lang);
  const subject = t.subject({ client: mail.clientName });
  const greeting = t.greeting({ first: mail.firstName, last: mail.lastName });
  const intro = t.intro({ inviter: mail.inviterName, client: mail.clientName });
  const expiry = t.expiry({ date });

  const text = [greeting, '', intro, '', `${t.action}:`, mail.acceptUrl, '', expiry, '', t.ignore, ''].join('\n');

  // Every interpolated value is escaped; the link is ours (publicUrl + a base64url token) and escaped too.
  const e = escapeHtml;
  const html = `<!doctype html>
<html lang="${e(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:24px;background:#f4f5f7;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2328;">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:32px;">
<p style="margin:0 0 16px;">${e(greeting)}</p>
<p style="margin:0 0 24px;line-height:1.5;">${e(intro)}</p>
<p style="margin:0 0 24px;"><a href="${e(mail.acceptUrl)}" style="display:inline-block;background:#0b5fff;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600;">${e(t.action)}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#57606a;">${e(t.linkHint)}</p>
<p style="margin:0 0 24px;font-size:14px;word-break:break-all;"><a href="${e(mail.acceptUrl)}" style="color:#0b5fff;">${e(mail.acceptUrl)}</a></p>
<p style="margin:0 0 8px;font-size:14px;color:#57606a;">${e(expiry)}</p>
<p style="margin:0;font-size:14px;color:#57606a;">${e(t.ignore)}</p>
</div>
</body>
</html>
`;
  return { lang, subject, text, html };
}
