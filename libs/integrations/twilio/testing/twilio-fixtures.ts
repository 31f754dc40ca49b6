import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { TwilioPeerReply } from './twilio-api.peer';

/** Shared fixtures are read in place (fixtures/README.md), beside the repository, never copied into it. */
export const TWILIO_FIXTURES_DIR = path.resolve(__dirname, '../../../..', '../shared/fixtures/twilio');

/** Why fixture-based tests are skipped here, or undefined when the fixtures are present. */
export function twilioFixturesUnavailable(): string | undefined {
  return existsSync(TWILIO_FIXTURES_DIR) ? undefined : `${TWILIO_FIXTURES_DIR} is absent`;
}

export function describeWithTwilioFixtures(title: string, body: () => void): void {
  const unavailable = twilioFixturesUnavailable();
  if (unavailable) {
    console.info(`skipping "${title}": ${unavailable}`);
    // The shared fixtures are absent in a clone without ../shared: skip, saying why (logged above).
    describe.skip(title, body);
  } else {
    describe(title, body);
  }
}

/** error-responses.synthetic.json, keyed by Twilio error code. */
export function twilioErrorResponses(): Record<string, TwilioPeerReply> {
  return JSON.parse(readFileSync(path.join(TWILIO_FIXTURES_DIR, 'error-responses.synthetic.json'), 'utf8'));
}

/** status-callbacks.synthetic.txt: one form-urlencoded body per line, comments dropped. */
export function twilioStatusCallbackBodies(): string[] {
  return readFileSync(path.join(TWILIO_FIXTURES_DIR, 'status-callbacks.synthetic.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}
