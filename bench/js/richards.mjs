// Hand-written JavaScript counterpart of bench/programs/richards.py (Martin Richards' OS
// simulation): the same classes and scheduling, as JavaScript classes.

const I_IDLE = 1;
const I_WORK = 2;
const I_HANDLERA = 3;
const I_HANDLERB = 4;
const I_DEVA = 5;
const I_DEVB = 6;
const K_DEV = 1000;
const K_WORK = 1001;
const BUFSIZE = 4;
const TASKTABSIZE = 10;
const A = 'A'.charCodeAt(0);

class Packet {
  constructor(link, ident, kind) {
    this.link = link;
    this.ident = ident;
    this.kind = kind;
    this.datum = 0;
    this.data = new Array(BUFSIZE).fill(0);
  }

  appendTo(list) {
    this.link = null;
    if (list === null) return this;
    let p = list;
    let next = p.link;
    while (next !== null) {
      p = next;
      next = p.link;
    }
    p.link = this;
    return list;
  }
}

class DeviceTaskRec {
  pending = null;
}

class IdleTaskRec {
  control = 1;
  count = 10000;
}

class HandlerTaskRec {
  workIn = null;
  deviceIn = null;

  workInAdd(p) {
    this.workIn = p.appendTo(this.workIn);
    return this.workIn;
  }

  deviceInAdd(p) {
    this.deviceIn = p.appendTo(this.deviceIn);
    return this.deviceIn;
  }
}

class WorkerTaskRec {
  destination = I_HANDLERA;
  count = 0;
}

class TaskState {
  packetPending = true;
  taskWaiting = false;
  taskHolding = false;

  packetPendingState() {
    this.packetPending = true;
    this.taskWaiting = false;
    this.taskHolding = false;
    return this;
  }

  waiting() {
    this.packetPending = false;
    this.taskWaiting = true;
    this.taskHolding = false;
    return this;
  }

  running() {
    this.packetPending = false;
    this.taskWaiting = false;
    this.taskHolding = false;
    return this;
  }

  waitingWithPacket() {
    this.packetPending = true;
    this.taskWaiting = true;
    this.taskHolding = false;
    return this;
  }

  isTaskHoldingOrWaiting() {
    return this.taskHolding || (!this.packetPending && this.taskWaiting);
  }

  isWaitingWithPacket() {
    return this.packetPending && this.taskWaiting && !this.taskHolding;
  }
}

const area = { taskTab: new Array(TASKTABSIZE).fill(null), taskList: null, holdCount: 0, qpktCount: 0 };

class Task extends TaskState {
  constructor(ident, priority, input, initial, handle) {
    super();
    this.link = area.taskList;
    this.ident = ident;
    this.priority = priority;
    this.input = input;
    this.packetPending = initial.packetPending;
    this.taskWaiting = initial.taskWaiting;
    this.taskHolding = initial.taskHolding;
    this.handle = handle;
    area.taskList = this;
    area.taskTab[ident] = this;
  }

  addPacket(p, old) {
    if (this.input === null) {
      this.input = p;
      this.packetPending = true;
      if (this.priority > old.priority) return this;
    } else {
      p.appendTo(this.input);
    }
    return old;
  }

  runTask() {
    let msg = null;
    if (this.isWaitingWithPacket()) {
      msg = this.input;
      this.input = msg.link;
      if (this.input === null) this.running();
      else this.packetPendingState();
    }
    return this.fn(msg, this.handle);
  }

  waitTask() {
    this.taskWaiting = true;
    return this;
  }

  hold() {
    area.holdCount++;
    this.taskHolding = true;
    return this.link;
  }

  release(ident) {
    const t = this.findTcb(ident);
    t.taskHolding = false;
    return t.priority > this.priority ? t : this;
  }

  qpkt(pkt) {
    const t = this.findTcb(pkt.ident);
    area.qpktCount++;
    pkt.link = null;
    pkt.ident = this.ident;
    return t.addPacket(pkt, this);
  }

  findTcb(ident) {
    const t = area.taskTab[ident];
    if (t === null) throw new Error(`Bad task id ${ident}`);
    return t;
  }
}

class DeviceTask extends Task {
  fn(pkt, d) {
    if (pkt === null) {
      pkt = d.pending;
      if (pkt === null) return this.waitTask();
      d.pending = null;
      return this.qpkt(pkt);
    }
    d.pending = pkt;
    return this.hold();
  }
}

class HandlerTask extends Task {
  fn(pkt, h) {
    if (pkt !== null) {
      if (pkt.kind === K_WORK) h.workInAdd(pkt);
      else h.deviceInAdd(pkt);
    }
    const work = h.workIn;
    if (work === null) return this.waitTask();
    const count = work.datum;
    if (count >= BUFSIZE) {
      h.workIn = work.link;
      return this.qpkt(work);
    }
    const dev = h.deviceIn;
    if (dev === null) return this.waitTask();
    h.deviceIn = dev.link;
    dev.datum = work.data[count];
    work.datum = count + 1;
    return this.qpkt(dev);
  }
}

class IdleTask extends Task {
  constructor(ident, priority, input, initial, handle) {
    super(ident, 0, null, initial, handle);
  }

  fn(pkt, i) {
    i.count--;
    if (i.count === 0) return this.hold();
    if ((i.control & 1) === 0) {
      i.control = Math.floor(i.control / 2);
      return this.release(I_DEVA);
    }
    i.control = Math.floor(i.control / 2) ^ 0xd008;
    return this.release(I_DEVB);
  }
}

class WorkTask extends Task {
  fn(pkt, w) {
    if (pkt === null) return this.waitTask();
    const dest = w.destination === I_HANDLERA ? I_HANDLERB : I_HANDLERA;
    w.destination = dest;
    pkt.ident = dest;
    pkt.datum = 0;
    for (let i = 0; i < BUFSIZE; i++) {
      w.count++;
      if (w.count > 26) w.count = 1;
      pkt.data[i] = A + w.count - 1;
    }
    return this.qpkt(pkt);
  }
}

function schedule() {
  let t = area.taskList;
  while (t !== null) t = t.isTaskHoldingOrWaiting() ? t.link : t.runTask();
}

function run(iterations) {
  for (let n = 0; n < iterations; n++) {
    area.holdCount = 0;
    area.qpktCount = 0;
    new IdleTask(I_IDLE, 1, 10000, new TaskState().running(), new IdleTaskRec());
    let wkq = new Packet(null, 0, K_WORK);
    wkq = new Packet(wkq, 0, K_WORK);
    new WorkTask(I_WORK, 1000, wkq, new TaskState().waitingWithPacket(), new WorkerTaskRec());
    wkq = new Packet(null, I_DEVA, K_DEV);
    wkq = new Packet(wkq, I_DEVA, K_DEV);
    wkq = new Packet(wkq, I_DEVA, K_DEV);
    new HandlerTask(I_HANDLERA, 2000, wkq, new TaskState().waitingWithPacket(), new HandlerTaskRec());
    wkq = new Packet(null, I_DEVB, K_DEV);
    wkq = new Packet(wkq, I_DEVB, K_DEV);
    wkq = new Packet(wkq, I_DEVB, K_DEV);
    new HandlerTask(I_HANDLERB, 3000, wkq, new TaskState().waitingWithPacket(), new HandlerTaskRec());
    new DeviceTask(I_DEVA, 4000, null, new TaskState().waiting(), new DeviceTaskRec());
    new DeviceTask(I_DEVB, 5000, null, new TaskState().waiting(), new DeviceTaskRec());
    schedule();
    if (area.holdCount !== 9297 || area.qpktCount !== 23246) return false;
  }
  return true;
}

const result = run(20);
console.log(`${result ? 'True' : 'False'} ${area.holdCount} ${area.qpktCount}`);
