import { createServer } from 'node:net';
import { inspect } from 'node:util';
import { MailSendError } from './mail.port';
import { NodemailerMailAdapter, type SmtpMailConfig } from './nodemailer-mail.adapter';
import { SmtpPeer } from './testing/smtp.peer';

const FROM = "Rep'Aero atelier <atelier@repaero.example>";
const EVENT_ID = '01966b3c-7d2e-7cc4-9f1e-3a1b2c3d4e5f';
const MAIL = {
  to: 'client@example.com',
  subject: 'Réparation terminée : P/N 4202435-01',
  text: 'Bonjour,\nla pièce S/N 674A36458 est prête (CRS signé).\n',
  eventId: EVENT_ID,
};

let peer: SmtpPeer;
const adapters: NodemailerMailAdapter[] = [];

beforeEach(async () => {
  peer = await SmtpPeer.start({ credentials: { user: 'repaero', password: 'smtp-password-never-seen' } });
});
afterEach(async () => {
  adapters.splice(0).forEach((adapter) => adapter.close());
  await peer.close();
});

function adapter(overrides: Partial<SmtpMailConfig> = {}): NodemailerMailAdapter {
  const created = new NodemailerMailAdapter({
    host: '127.0.0.1',
    port: peer.port,
    secure: false,
    user: 'repaero',
    password: 'smtp-password-never-seen',
    from: FROM,
    timeoutMs: 5000,
    ...overrides,
  });
  adapters.push(created);
  return created;
}

async function sendError(mail: NodemailerMailAdapter, message: Parameters<NodemailerMailAdapter['send']>[0] = MAIL) {
  const error = await mail.send(message).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(MailSendError);
  return error as MailSendError;
}

function base64(text: string): string {
  return Buffer.from(text).toString('base64');
}

describe('NodemailerMailAdapter on an in-process SMTP server', () => {
  it('delivers the message with our event id in its own header', async () => {
    const receipt = await adapter().send({ ...MAIL, headers: { 'X-Priority': '1' } });

    expect(receipt).toEqual({
      messageId: `<${EVENT_ID}@repaero.example>`,
      accepted: ['client@example.com'],
      rejected: [],
      response: expect.stringMatching(/^250 /),
    });
    expect(peer.received).toHaveLength(1);
    const [mail] = peer.received;
    expect(mail).toMatchObject({ mailFrom: 'atelier@repaero.example', rcptTo: ['client@example.com'], user: 'repaero' });
    expect(mail.headers.get('from')).toBe(`"Rep'Aero atelier" <atelier@repaero.example>`);
    expect(mail.headers.get('to')).toBe('client@example.com');
    expect(mail.headers.get('subject')).toBe(MAIL.subject);
    expect(mail.headers.get('x-repaero-event-id')).toBe(EVENT_ID);
    expect(mail.headers.get('message-id')).toBe(`<${EVENT_ID}@repaero.example>`);
    expect(mail.headers.get('x-priority')).toBe('1');
    expect(mail.text.replace(/\r\n/g, '\n')).toBe(MAIL.text);
  });

  it('sends the html alternative beside the text, and lets no caller header replace the event id', async () => {
    await adapter().send({
      ...MAIL,
      to: ['client@example.com', 'qualite@repaero.example'],
      html: '<p>La pièce est prête.</p>',
      headers: { 'x-repaero-event-id': 'forged' },
    });

    const [mail] = peer.received;
    expect(mail.rcptTo).toEqual(['client@example.com', 'qualite@repaero.example']);
    expect(mail.headers.get('content-type')).toMatch(/^multipart\/alternative/);
    expect(mail.text.replace(/\r\n/g, '\n')).toBe(MAIL.text);
    expect(mail.raw.match(/^x-repaero-event-id:.*$/gim)).toEqual([expect.stringContaining(EVENT_ID)]);
  });

  it('sends without AUTH to a server where it is optional', async () => {
    await peer.close();
    peer = await SmtpPeer.start();

    const receipt = await adapter({ user: undefined, password: undefined }).send(MAIL);

    expect(receipt.accepted).toEqual(['client@example.com']);
    expect(peer.received).toEqual([expect.objectContaining({ user: undefined, rcptTo: ['client@example.com'] })]);
  });

  it('classifies a 451 reply to DATA as transient', async () => {
    peer.rejectNextData(451, 'Requested action aborted: local error in processing');

    const error = await sendError(adapter());

    expect(error).toMatchObject({ kind: 'transient', responseCode: 451, retryable: true });
    expect(peer.received).toHaveLength(0);
  });

  it('classifies a 550 reply to RCPT TO as permanent', async () => {
    peer.rejectRecipient('client@example.com', 550, 'Mailbox unavailable');

    const error = await sendError(adapter());

    expect(error).toMatchObject({ kind: 'permanent', code: 'EENVELOPE', responseCode: 550, retryable: false });
  });

  it('reports the recipients refused beside those accepted', async () => {
    peer.rejectRecipient('ancien@example.com', 550, 'Mailbox unavailable');

    const receipt = await adapter().send({ ...MAIL, to: ['client@example.com', 'ancien@example.com'] });

    expect(receipt).toMatchObject({ accepted: ['client@example.com'], rejected: ['ancien@example.com'] });
    expect(peer.received[0].rcptTo).toEqual(['client@example.com']);
  });

  it('classifies an unreachable server as transient', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });

    const error = await sendError(adapter({ port: closedPort }));

    // nodemailer reports the refused connection as ESOCKET (originalCode ECONNREFUSED).
    expect(error).toMatchObject({ kind: 'transient', code: 'ESOCKET', retryable: true });
  });

  it('classifies refused credentials as authentication and never shows the password', async () => {
    const mail = adapter({ password: 'a-wrong-password' });

    const error = await sendError(mail);

    expect(error).toMatchObject({ kind: 'authentication', code: 'EAUTH', responseCode: 535, retryable: false });
    const shown = `${error.message} ${JSON.stringify(error)} ${inspect(error)} ${inspect(mail, { depth: 10 })} ${JSON.stringify(mail)}`;
    for (const secret of ['a-wrong-password', base64('a-wrong-password'), base64('\0repaero\0a-wrong-password')]) {
      expect(shown).not.toContain(secret);
    }
  });

  it('refuses an unusable configuration at construction, naming each key', () => {
    expect(() => new NodemailerMailAdapter({ host: '', port: 0, secure: false, from: '', password: 'x' })).toThrow(
      /host.*port.*from.*password is given without user/,
    );
  });
});
