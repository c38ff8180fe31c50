// A single-producer, single-consumer record ring over a SharedArrayBuffer. A record is a 16-byte
// header of four Int32s `[type, h, len, extra]` followed by `len` payload bytes padded to 4; it may
// wrap around the end. The write and read indices are free-running Int32 counters kept in the
// control block, so `(w - r) | 0` is the number of used bytes even after they overflow.
//
// The one subtle rule (a deadlock otherwise): a producer that finds the ring full must wait for the
// read index to move away from the value it saw in that failed `tryWrite` (`lastR`), not from a
// freshly loaded one, or it can miss the consumer's notify and sleep forever. (The program thread
// instead sleeps on the control block's BELL; see layout.ts.)

export type RecordSink = (type: number, h: number, extra: number, payload: Uint8Array | null) => void;

export class Ring {
  readonly cap: number;
  /** The largest payload one record can carry. */
  readonly maxPayload: number;
  /** The read index seen by the last failed `tryWrite`: wait on it for room. */
  lastR = 0;
  /** The write index up to which the last `drain` consumed: wait on it for more records. */
  seenW = 0;
  private readonly mask: number;
  private readonly words: Int32Array;
  private readonly bytes: Uint8Array;

  constructor(
    sab: SharedArrayBuffer,
    private readonly ctrl: Int32Array,
    private readonly wSlot: number,
    private readonly rSlot: number,
  ) {
    this.cap = sab.byteLength;
    this.mask = this.cap - 1;
    this.words = new Int32Array(sab);
    this.bytes = new Uint8Array(sab);
    this.maxPayload = (this.cap >> 1) - 16;
    this.seenW = Atomics.load(ctrl, wSlot);
  }

  // Producer side.

  /** Append a record; false when there is no room (then wait on `lastR`). */
  tryWrite(type: number, h: number, extra: number, payload: Uint8Array | null): boolean {
    const len = payload === null ? 0 : payload.length;
    const need = 16 + ((len + 3) & ~3);
    const ctrl = this.ctrl;
    const mask = this.mask;
    const words = this.words;
    const w = ctrl[this.wSlot]; // only this side writes it
    const r = Atomics.load(ctrl, this.rSlot);
    this.lastR = r;
    if (this.cap - ((w - r) | 0) < need) return false;
    const p = w & mask;
    words[p >> 2] = type;
    words[((p + 4) & mask) >> 2] = h;
    words[((p + 8) & mask) >> 2] = len;
    words[((p + 12) & mask) >> 2] = extra;
    if (len !== 0) {
      const start = (p + 16) & mask;
      const first = Math.min(len, this.cap - start);
      const bytes = this.bytes;
      if (first === len) bytes.set(payload!, start);
      else {
        bytes.set(payload!.subarray(0, first), start);
        bytes.set(payload!.subarray(first), 0);
      }
    }
    Atomics.store(ctrl, this.wSlot, (w + need) | 0); // publishes the record
    return true;
  }

  /** Whether records are waiting (a cheap check before a `drain`). */
  pending(): boolean {
    return Atomics.load(this.ctrl, this.wSlot) !== this.ctrl[this.rSlot];
  }

  // Consumer side.

  /** Hand every available record to `sink` (payloads are private copies); returns the count. */
  drain(sink: RecordSink): number {
    const ctrl = this.ctrl;
    const mask = this.mask;
    const words = this.words;
    let r = ctrl[this.rSlot];
    const w = Atomics.load(ctrl, this.wSlot);
    this.seenW = w;
    if (r === w) return 0;
    let n = 0;
    while (r !== w) {
      const p = r & mask;
      const type = words[p >> 2];
      const h = words[((p + 4) & mask) >> 2];
      const len = words[((p + 8) & mask) >> 2];
      const extra = words[((p + 12) & mask) >> 2];
      let payload: Uint8Array | null = null;
      if (len !== 0) {
        const start = (p + 16) & mask;
        const first = Math.min(len, this.cap - start);
        if (first === len) payload = this.bytes.slice(start, start + len);
        else {
          payload = new Uint8Array(len);
          payload.set(this.bytes.subarray(start, start + first), 0);
          payload.set(this.bytes.subarray(0, len - first), first);
        }
      }
      r = (r + 16 + ((len + 3) & ~3)) | 0;
      // Publish the read index before the sink runs: the sink may block (never, today) or throw.
      Atomics.store(ctrl, this.rSlot, r);
      sink(type, h, extra, payload);
      n++;
    }
    return n;
  }
}
