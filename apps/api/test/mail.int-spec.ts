import { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

import { MailService } from '../src/mail/mail.service';
import { MailOutboxEntity } from '../src/mail/mail-outbox.entity';
import { createTestApp, TestApp } from './test-app';

interface Received {
  to: string[];
  data: string;
}

/** A real SMTP server on a free port; `reject` makes it refuse every message. */
async function smtpServer(reject = false) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
      stream.on('end', () => {
        if (reject) return callback(new Error('mailbox unavailable'));
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function queue(t: TestApp, to: string) {
  await t.dataSource.transaction((manager) =>
    t.app.get(MailService).enqueue(manager, { to, subject: 'Welkom bij Deelwijs', text: 'Hallo!' }),
  );
}

describe('mail through SMTP with an outbox', () => {
  it('delivers pending mail through SMTP_URL and marks it sent', async () => {
    const smtp = await smtpServer();
    const t = await createTestApp({ SMTP_URL: smtp.url });
    try {
      await queue(t, 'anna@school.example');
      const [pending] = await t.dataSource.getRepository(MailOutboxEntity).find();
      expect(pending.status).toBe('PENDING');
      await t.app.get(MailService).deliverPending();
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].to).toEqual(['anna@school.example']);
      expect(smtp.received[0].data).toContain('Subject: Welkom bij Deelwijs');
      const [sent] = await t.dataSource.getRepository(MailOutboxEntity).find();
      expect([sent.status, sent.attempts]).toEqual(['SENT', 1]);
      await t.app.get(MailService).deliverPending();
      expect(smtp.received).toHaveLength(1);
    } finally {
      await t.close();
      await smtp.close();
    }
  });

  it('keeps a refused mail in the outbox and retries it later with back-off', async () => {
    const smtp = await smtpServer(true);
    const t = await createTestApp({ SMTP_URL: smtp.url });
    try {
      await queue(t, 'bram@school.example');
      await t.app.get(MailService).deliverPending();
      const [row] = await t.dataSource.getRepository(MailOutboxEntity).find();
      expect(row.status).toBe('PENDING');
      expect(row.attempts).toBe(1);
      expect(row.lastError).toMatch(/mailbox unavailable/);
      expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 30_000);
      // Not due yet: a second run does not hammer the server.
      await t.app.get(MailService).deliverPending();
      expect(
        (await t.dataSource.getRepository(MailOutboxEntity).findOneByOrFail({ id: row.id }))
          .attempts,
      ).toBe(1);
    } finally {
      await t.close();
      await smtp.close();
    }
  });

  it('stores mail in the outbox when no SMTP server is configured', async () => {
    const t = await createTestApp();
    try {
      await queue(t, 'cor@school.example');
      const [row] = await t.dataSource.getRepository(MailOutboxEntity).find();
      expect([row.status, row.toAddress]).toEqual(['STORED', 'cor@school.example']);
    } finally {
      await t.close();
    }
  });
});
