import nodemailer from 'nodemailer'

export type OutgoingMail = { to: string; subject: string; text: string }

/** Sends one e-mail; rejects when the server cannot be reached or refuses the message. */
export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void }

export type SmtpSettings = { smtpUrl: string; from: string }

/** An SMTP mailer from a URL such as `smtp://user:pass@host:587` or `smtps://host:465`. */
export function createSmtpMailer(settings: SmtpSettings, options: { timeoutMs?: number } = {}): Mailer {
  const timeout = options.timeoutMs ?? 30_000
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    // Bounded so a hung server becomes a retry instead of a job holding its lock forever.
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  } as Parameters<typeof nodemailer.createTransport>[0])
  return {
    async send(mail) {
      await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text })
    },
    close: () => transport.close(),
  }
}
