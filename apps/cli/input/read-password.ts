import { CommandFailed, UsageError } from '../cli-errors';

const MIN_LENGTH = 12; // the same floor as POST /api/v1/users

/** Never from argv (it would sit in the shell history and `ps`): piped on stdin, or typed twice without echo. */
export async function readNewPassword(username: string): Promise<string> {
  const password = process.stdin.isTTY ? await promptTwice(username) : await readPiped();
  if (password.length < MIN_LENGTH) throw new UsageError(`the password must have at least ${MIN_LENGTH} characters`);
  return password;
}

async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const password = Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
  if (password === '') throw new UsageError('no password on stdin (pipe it in, or run in a terminal to be prompted)');
  return password;
}

async function promptTwice(username: string): Promise<string> {
  const first = await promptHidden(`Password for ${username}: `);
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) throw new UsageError('the two passwords differ');
  return first;
}

function promptHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (outcome: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish(() => resolve(value));
        if (char === '\u0003') return finish(() => reject(new CommandFailed('cancelled', 130)));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}
