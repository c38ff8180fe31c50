// Unit tests of the shared record ring and the errno table, on the TypeScript sources.

import { expect, test } from 'vitest';
import { errnoFromName, errnoName, strerror } from '../../runtime/net/errno.js';
import { Ring } from '../../runtime/net/ring.js';

function pair(bytes: number): [Ring, Ring] {
  const ctrl = new Int32Array(new SharedArrayBuffer(16));
  const sab = new SharedArrayBuffer(bytes);
  return [new Ring(sab, ctrl, 0, 1), new Ring(sab, ctrl, 0, 1)];
}

test('records keep their order, fields and payloads across many wrap-arounds', () => {
  const [producer, consumer] = pair(4096);
  const seen: Array<[number, number, number, number[] | null]> = [];
  const sink = (type: number, h: number, extra: number, payload: Uint8Array | null): void => {
    seen.push([type, h, extra, payload === null ? null : [...payload]]);
  };
  let sent = 0;
  for (let round = 0; round < 2000; round++) {
    const len = (round * 37) % 300;
    const payload = len === 0 ? null : Uint8Array.from({ length: len }, (_, i) => (i + round) & 255);
    while (!producer.tryWrite(round & 7, round, 1 - round, payload)) consumer.drain(sink);
    sent++;
  }
  consumer.drain(sink);
  expect(seen.length).toBe(sent);
  seen.forEach(([type, h, extra, payload], round) => {
    expect([type, h, extra]).toEqual([round & 7, round, 1 - round]);
    const len = (round * 37) % 300;
    expect(payload).toEqual(len === 0 ? null : Array.from({ length: len }, (_, i) => (i + round) & 255));
  });
});

test('a full ring refuses a record and remembers the read index to wait on', () => {
  const [producer, consumer] = pair(4096);
  const big = new Uint8Array(producer.maxPayload);
  expect(producer.tryWrite(1, 1, 0, big)).toBe(true);
  expect(producer.tryWrite(1, 2, 0, big)).toBe(true);
  expect(producer.tryWrite(1, 3, 0, new Uint8Array(4))).toBe(false);
  expect(producer.lastR).toBe(0);
  expect(consumer.drain(() => {})).toBe(2);
  expect(producer.tryWrite(1, 3, 0, new Uint8Array(4))).toBe(true);
});

test('errno names and CPython messages', () => {
  expect([errnoName(98), strerror(98)]).toEqual(['EADDRINUSE', 'Address already in use']);
  expect([errnoName(104), strerror(104)]).toEqual(['ECONNRESET', 'Connection reset by peer']);
  expect([errnoName(32), strerror(32)]).toEqual(['EPIPE', 'Broken pipe']);
  expect([errnoName(9), strerror(9)]).toEqual(['EBADF', 'Bad file descriptor']);
  expect([errnoName(111), strerror(111)]).toEqual(['ECONNREFUSED', 'Connection refused']);
  expect([errnoName(-2), strerror(-2)]).toEqual(['EAI_NONAME', 'Name or service not known']);
  expect(errnoFromName('EAGAIN')).toBe(11);
  expect(errnoFromName('ENOSUCHTHING')).toBe(5);
});
