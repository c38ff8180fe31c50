class Event:
    def __init__(self, time, name, action=None):
        self.time = time
        self.name = name
        self.action = action
    def __lt__(self, other):
        return (self.time, self.name) < (other.time, other.name)
    def __repr__(self):
        return f"<{self.time}:{self.name}>"
class Scheduler:
    def __init__(self):
        self.queue = []
        self.now = 0
        self.log = []
    def schedule(self, delay, name, action=None):
        ev = Event(self.now + delay, name, action)
        lo, hi = 0, len(self.queue)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.queue[mid] < ev:
                lo = mid + 1
            else:
                hi = mid
        self.queue.insert(lo, ev)
    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = self.queue.pop(0)
            self.now = ev.time
            self.log.append(f"t={self.now:>3} {ev.name}")
            if ev.action:
                ev.action(self)
        self.now = until
s = Scheduler()
def ping(sched):
    if sched.now < 30:
        sched.schedule(7, "ping", ping)
def spawn(sched):
    for i in range(3):
        sched.schedule(i * 2 + 1, f"child{i}")
s.schedule(0, "ping", ping)
s.schedule(10, "spawn", spawn)
s.schedule(5, "alpha")
s.schedule(5, "beta")
s.schedule(100, "late")
s.run(40)
print("\n".join(s.log))
print("pending", s.queue, "now", s.now)
