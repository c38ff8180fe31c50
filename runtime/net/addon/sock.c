// memphis.net's native transport: blocking sockets on the calling (program) thread, real
// syscalls and no worker (runtime/net/native.ts loads it; scripts/build-addon.mjs builds it).
// Every socket is O_NONBLOCK; a call first tries the syscall, and only on EAGAIN waits in ppoll,
// with a deadline for timeouts (timeout 0: EAGAIN at once, as a non-blocking socket gives).
//
// Ctrl-C: catchInterrupts() installs our SIGINT handler once, for the rest of the process. The
// kernel may run it on any of Node's threads, so it does not rely on interrupting a ppoll: it sets
// a flag and writes an eventfd that every wait also watches. A wait, or any later call, that finds
// the flag takes it and throws an Error with code 'SIGINT' (KeyboardInterrupt in Python). A second
// Ctrl-C while the first is still untaken (a loop that never makes a socket call) puts back the
// handler that was there before ours (Node's, which ends the process as the default action does)
// and raises the signal again: the program can always be stopped.
#define NAPI_VERSION 8
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <node_api.h>
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define ERR_SIGINT (-10000)
#define ERR_TIMEOUT (-10001)
#define ERR_JS (-10002) // a JavaScript exception is pending (the before-block hook threw)

static int wake_fd = -1;            // eventfd the SIGINT handler writes, watched by every wait
static int pending_sigint;          // set by the handler, taken by the program thread
static int catching;                // catchInterrupts() installed the handler
static struct sigaction previous;   // the handler ours replaced
static napi_ref before_block;       // JS function run right before a call sleeps, or NULL

static void on_sigint(int sig) {
  int saved = errno;
  if (__atomic_exchange_n(&pending_sigint, 1, __ATOMIC_SEQ_CST) != 0) {
    // The last Ctrl-C is still untaken: nobody is listening, so end as if we were not here.
    sigaction(sig, &previous, NULL);
    kill(getpid(), sig);
  } else {
    uint64_t one = 1;
    ssize_t w = write(wake_fd, &one, sizeof one);
    (void)w;
  }
  errno = saved;
}

static void drain_wake(void) {
  uint64_t v;
  ssize_t r = read(wake_fd, &v, sizeof v);
  (void)r;
}

// True (once) when a Ctrl-C is waiting to be raised.
static int take_sigint(void) {
  if (__atomic_load_n(&pending_sigint, __ATOMIC_SEQ_CST) == 0) return 0;
  __atomic_store_n(&pending_sigint, 0, __ATOMIC_SEQ_CST);
  drain_wake();
  return 1;
}

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

// Run the before-block hook; ERR_JS when it threw.
static int run_before_block(napi_env env) {
  if (before_block == NULL) return 0;
  napi_value fn, global, ignored;
  if (napi_get_reference_value(env, before_block, &fn) != napi_ok || fn == NULL) return 0;
  napi_get_global(env, &global);
  if (napi_call_function(env, global, fn, 0, NULL, &ignored) != napi_ok) return ERR_JS;
  return 0;
}

// Waits for events on p[0..n-1]; p must have room for n + 1 entries (p[n] is the wake fd).
// timeout_ms < 0: forever. Returns >0 ready, ERR_TIMEOUT, ERR_SIGINT, ERR_JS, or -1 with errno.
// hook: run the before-block hook first (0 when the caller has just run it itself).
static int wait_fds_hook(napi_env env, struct pollfd *p, nfds_t n, double timeout_ms, int hook) {
  if (take_sigint()) return ERR_SIGINT;
  if (hook && run_before_block(env) == ERR_JS) return ERR_JS;
  int64_t deadline = timeout_ms < 0 ? -1 : now_ns() + (int64_t)(timeout_ms * 1e6);
  for (;;) {
    p[n].fd = wake_fd;
    p[n].events = POLLIN;
    p[n].revents = 0;
    struct timespec ts, *tsp = NULL;
    if (deadline >= 0) {
      int64_t left = deadline - now_ns();
      if (left < 0) left = 0;
      ts.tv_sec = left / 1000000000;
      ts.tv_nsec = left % 1000000000;
      tsp = &ts;
    }
    int r = ppoll(p, n + 1, tsp, NULL);
    if (take_sigint()) return ERR_SIGINT;
    if (r < 0 && errno != EINTR) return -1;
    if (r == 0) return ERR_TIMEOUT;
    if (r > 0) {
      if (p[n].revents != 0) { // a wake-up whose Ctrl-C was already taken: not ours to report
        drain_wake();
        r--;
      }
      if (r > 0) return r;
    }
  }
}

static int wait_fds(napi_env env, struct pollfd *p, nfds_t n, double timeout_ms) {
  return wait_fds_hook(env, p, n, timeout_ms, 1);
}

// Throws Error(code 'SIGINT' | 'TIMEOUT' | 'E<n>', errno n) for a failure `err` (an errno, or one
// of the ERR_ codes; getaddrinfo's failures are the negative numbers CPython's gaierror uses).
static napi_value throw_code(napi_env env, int err) {
  if (err == ERR_JS) return NULL; // the hook's exception is already pending
  char code[32];
  const char *msg;
  if (err == ERR_SIGINT) { strcpy(code, "SIGINT"); msg = "interrupted"; }
  else if (err == ERR_TIMEOUT) { strcpy(code, "TIMEOUT"); msg = "timed out"; }
  else { snprintf(code, sizeof code, "E%d", err); msg = err > 0 ? strerror(err) : "address lookup failed"; }
  napi_value c, m, e, no;
  napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &c);
  napi_create_string_utf8(env, msg, NAPI_AUTO_LENGTH, &m);
  napi_create_error(env, c, m, &e);
  napi_create_int32(env, err == ERR_SIGINT || err == ERR_TIMEOUT ? 0 : err, &no);
  napi_set_named_property(env, e, "errno", no);
  napi_throw(env, e);
  return NULL;
}

// A failed wait's result as an error to throw.
static int wait_error(int r) { return r == -1 ? errno : r; }

#define ARGS(N)                                  \
  size_t argc = N;                               \
  napi_value argv[N];                            \
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL)

// A Ctrl-C that arrived since the last call is raised by this one, even if it would not block.
#define RAISE_PENDING_SIGINT() \
  if (take_sigint()) return throw_code(env, ERR_SIGINT)

static int arg_int(napi_env env, napi_value v) { int32_t x = 0; napi_get_value_int32(env, v, &x); return x; }
static double arg_num(napi_env env, napi_value v, double dflt) {
  napi_valuetype t;
  napi_typeof(env, v, &t);
  if (t != napi_number) return dflt;
  double x;
  napi_get_value_double(env, v, &x);
  return x;
}
static napi_value num(napi_env env, double x) { napi_value v; napi_create_double(env, x, &v); return v; }

static napi_value addr_pair(napi_env env, struct sockaddr_storage *ss, napi_value arr, int at) {
  char host[INET6_ADDRSTRLEN] = "";
  int port = 0;
  if (ss->ss_family == AF_INET) {
    struct sockaddr_in *a = (struct sockaddr_in *)ss;
    inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
    port = ntohs(a->sin_port);
  } else if (ss->ss_family == AF_INET6) {
    struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
    inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
    port = ntohs(a->sin6_port);
  }
  napi_value h;
  napi_create_string_utf8(env, host, NAPI_AUTO_LENGTH, &h);
  napi_set_element(env, arr, at, h);
  napi_set_element(env, arr, at + 1, num(env, port));
  return arr;
}

// listen(host, port, backlog) -> fd. `host` is an address or a name (resolved to IPv4, as the
// socket service does; an address with ':' is IPv6). SO_REUSEADDR, as Node sets it.
static napi_value js_listen(napi_env env, napi_callback_info info) {
  ARGS(3);
  RAISE_PENDING_SIGINT();
  char host[256];
  size_t len;
  napi_get_value_string_utf8(env, argv[0], host, sizeof host, &len);
  int port = arg_int(env, argv[1]);
  int backlog = argc > 2 ? (int)arg_num(env, argv[2], 128) : 128;
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = strchr(host, ':') != NULL ? AF_INET6 : AF_INET;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  char ps[16];
  snprintf(ps, sizeof ps, "%d", port);
  int g = getaddrinfo(host[0] ? host : NULL, ps, &hints, &res);
  if (g != 0) return throw_code(env, g == EAI_SYSTEM ? errno : g == EAI_AGAIN ? -3 : -2);
  int fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) { int e = errno; freeaddrinfo(res); return throw_code(env, e); }
  int one = 1;
  setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  if (bind(fd, res->ai_addr, res->ai_addrlen) < 0 || listen(fd, backlog) < 0) {
    int e = errno;
    close(fd);
    freeaddrinfo(res);
    return throw_code(env, e);
  }
  freeaddrinfo(res);
  return num(env, fd);
}

// getsockname(fd) -> [host, port]
static napi_value js_getsockname(napi_env env, napi_callback_info info) {
  ARGS(1);
  struct sockaddr_storage ss;
  socklen_t sl = sizeof ss;
  if (getsockname(arg_int(env, argv[0]), (struct sockaddr *)&ss, &sl) < 0) return throw_code(env, errno);
  napi_value arr;
  napi_create_array_with_length(env, 2, &arr);
  return addr_pair(env, &ss, arr, 0);
}

// accept(fd, timeoutMs) -> [fd, host, port]
static napi_value js_accept(napi_env env, napi_callback_info info) {
  ARGS(2);
  RAISE_PENDING_SIGINT();
  int fd = arg_int(env, argv[0]);
  double tmo = argc > 1 ? arg_num(env, argv[1], -1) : -1;
  int64_t deadline = tmo < 0 ? -1 : now_ns() + (int64_t)(tmo * 1e6);
  struct sockaddr_storage ss;
  for (;;) {
    socklen_t sl = sizeof ss;
    int c = accept4(fd, (struct sockaddr *)&ss, &sl, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (c >= 0) {
      napi_value arr;
      napi_create_array_with_length(env, 3, &arr);
      napi_set_element(env, arr, 0, num(env, c));
      return addr_pair(env, &ss, arr, 1);
    }
    if (errno == EINTR || errno == ECONNABORTED) continue;
    if (errno != EAGAIN || tmo == 0) return throw_code(env, errno);
    struct pollfd p[2] = {{fd, POLLIN, 0}};
    double left = deadline < 0 ? -1 : (deadline - now_ns()) / 1e6;
    if (deadline >= 0 && left < 0) left = 0;
    int r = wait_fds(env, p, 1, left);
    if (r < 0) return throw_code(env, wait_error(r));
  }
}

// One recv into `buf`, waiting (up to the deadline) while the socket has nothing: the byte count
// (0 at EOF), or -1 with the error to throw in *err.
static ssize_t recv_waiting(napi_env env, int fd, char *buf, size_t want, double tmo, int flags, int *err) {
  int64_t deadline = tmo < 0 ? -1 : now_ns() + (int64_t)(tmo * 1e6);
  for (;;) {
    ssize_t got = recv(fd, buf, want, flags);
    if (got >= 0) return got;
    if (errno == EINTR) continue;
    int e = errno;
    if (e == EAGAIN && tmo != 0) {
      struct pollfd p[2] = {{fd, POLLIN, 0}};
      double left = deadline < 0 ? -1 : (deadline - now_ns()) / 1e6;
      if (deadline >= 0 && left < 0) left = 0;
      int r = wait_fds(env, p, 1, left);
      if (r > 0) continue;
      e = wait_error(r);
    }
    *err = e;
    return -1;
  }
}

// recv(fd, n, timeoutMs, flags = 0) -> Buffer (empty at EOF). At most RECV_MAX bytes a call: a recv may
// return fewer than asked, and a huge `n` must not allocate that much.
#define RECV_STACK 65536
#define RECV_MAX (1 << 20)
static napi_value js_recv(napi_env env, napi_callback_info info) {
  ARGS(4);
  RAISE_PENDING_SIGINT();
  int fd = arg_int(env, argv[0]);
  double nwant = arg_num(env, argv[1], 0);
  size_t want = nwant <= 0 ? 0 : nwant >= RECV_MAX ? RECV_MAX : (size_t)nwant;
  double tmo = argc > 2 ? arg_num(env, argv[2], -1) : -1;
  char stack[RECV_STACK];
  char *buf = want <= sizeof stack ? stack : (char *)malloc(want);
  if (buf == NULL) return throw_code(env, ENOMEM);
  int flags = argc > 3 ? (int)arg_num(env, argv[3], 0) : 0;
  int err = 0;
  ssize_t got = recv_waiting(env, fd, buf, want, tmo, flags, &err);
  napi_value out = NULL;
  if (got >= 0) {
    void *ignored;
    napi_create_buffer_copy(env, (size_t)got, buf, &ignored, &out);
  }
  if (buf != stack) free(buf);
  return got >= 0 ? out : throw_code(env, err);
}

// recvInto(fd, u8, n, timeoutMs, flags = 0) -> bytes received into u8 (0 at EOF): recv without a new Buffer
// per call (the caller copies what it keeps out of its own, reused, array). n is capped by u8's size.
static napi_value js_recv_into(napi_env env, napi_callback_info info) {
  ARGS(5);
  RAISE_PENDING_SIGINT();
  int fd = arg_int(env, argv[0]);
  void *data;
  size_t size, off;
  napi_typedarray_type tt;
  napi_value ab;
  if (napi_get_typedarray_info(env, argv[1], &tt, &size, &data, &ab, &off) != napi_ok) return throw_code(env, EINVAL);
  double nwant = arg_num(env, argv[2], 0);
  size_t want = nwant <= 0 ? 0 : nwant >= (double)size ? size : (size_t)nwant;
  double tmo = arg_num(env, argv[3], -1);
  int flags = argc > 4 ? (int)arg_num(env, argv[4], 0) : 0;
  int err = 0;
  ssize_t got = recv_waiting(env, fd, (char *)data, want, tmo, flags, &err);
  return got >= 0 ? num(env, (double)got) : throw_code(env, err);
}

// send(fd, u8, timeoutMs, flags = 0): all of it (sendall); the timeout bounds the whole call
static napi_value js_send(napi_env env, napi_callback_info info) {
  ARGS(4);
  RAISE_PENDING_SIGINT();
  int fd = arg_int(env, argv[0]);
  void *data;
  size_t n;
  napi_typedarray_type tt;
  napi_value ab;
  size_t off;
  napi_get_typedarray_info(env, argv[1], &tt, &n, &data, &ab, &off);
  double tmo = argc > 2 ? arg_num(env, argv[2], -1) : -1;
  int flags = argc > 3 ? (int)arg_num(env, argv[3], 0) : 0;
  int64_t deadline = tmo < 0 ? -1 : now_ns() + (int64_t)(tmo * 1e6);
  size_t done = 0;
  while (done < n) {
    ssize_t w = send(fd, (char *)data + done, n - done, flags | MSG_NOSIGNAL);
    if (w >= 0) { done += (size_t)w; continue; }
    if (errno == EINTR) continue;
    if (errno != EAGAIN || tmo == 0) return throw_code(env, errno);
    struct pollfd p[2] = {{fd, POLLOUT, 0}};
    double left = deadline < 0 ? -1 : (deadline - now_ns()) / 1e6;
    if (deadline >= 0 && left < 0) left = 0;
    int r = wait_fds(env, p, 1, left);
    if (r < 0) return throw_code(env, wait_error(r));
  }
  return NULL;
}

// writeText(fd, s) -> 0 when all of s went out as UTF-8 (lone surrogates as U+FFFD, as Node
// encodes them); errno when nothing was written; -k when k bytes were written before write(2)
// stopped (a full non-blocking pipe). Any file descriptor: this is how the runtime writes stdout
// once the addon is loaded, without fs.writeSync's request object (about 1 µs per call). Strings
// of more than WRITE_TEXT_MAX UTF-16 units are the caller's to write another way (EMSGSIZE).
#define WRITE_TEXT_MAX 4096
static napi_value js_write_text(napi_env env, napi_callback_info info) {
  ARGS(2);
  int fd = arg_int(env, argv[0]);
  size_t units = 0;
  if (napi_get_value_string_utf16(env, argv[1], NULL, 0, &units) != napi_ok) return num(env, EINVAL);
  if (units > WRITE_TEXT_MAX) return num(env, EMSGSIZE);
  // At most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units), and one for the NUL.
  char buf[WRITE_TEXT_MAX * 3 + 1];
  size_t n = 0;
  if (napi_get_value_string_utf8(env, argv[1], buf, sizeof buf, &n) != napi_ok) return num(env, EINVAL);
  size_t done = 0;
  while (done < n) {
    ssize_t w = write(fd, buf + done, n - done);
    if (w >= 0) { done += (size_t)w; continue; }
    if (errno == EINTR) continue;
    return num(env, done == 0 ? (double)errno : -(double)done);
  }
  return num(env, 0);
}

static napi_value js_close(napi_env env, napi_callback_info info) {
  ARGS(1);
  close(arg_int(env, argv[0])); // Linux: the fd is gone even on EINTR; never retry
  return NULL;
}

static napi_value js_shutdown(napi_env env, napi_callback_info info) {
  ARGS(2);
  if (shutdown(arg_int(env, argv[0]), arg_int(env, argv[1])) < 0) return throw_code(env, errno);
  return NULL;
}

// poll(fds Int32Array, count, timeoutMs, revents Int32Array, hook = true) -> number ready (0 on
// timeout). Waits for readability (POLLIN; errors and hang-ups count as ready). hook false: the
// caller ran the before-block hook itself (a call from C into JS costs more than from JS).
#define POLL_STACK 256
static napi_value js_poll(napi_env env, napi_callback_info info) {
  ARGS(5);
  RAISE_PENDING_SIGINT();
  int32_t *fds, *rev;
  size_t n, n2, off;
  napi_typedarray_type tt;
  napi_value ab;
  napi_get_typedarray_info(env, argv[0], &tt, &n, (void **)&fds, &ab, &off);
  size_t count = (size_t)arg_int(env, argv[1]);
  double tmo = arg_num(env, argv[2], -1);
  napi_get_typedarray_info(env, argv[3], &tt, &n2, (void **)&rev, &ab, &off);
  if (count > n || count > n2) count = n < n2 ? n : n2;
  struct pollfd stack[POLL_STACK + 1];
  struct pollfd *p = count <= POLL_STACK ? stack : (struct pollfd *)malloc((count + 1) * sizeof *p);
  if (p == NULL) return throw_code(env, ENOMEM);
  for (size_t i = 0; i < count; i++) { p[i].fd = fds[i]; p[i].events = POLLIN; p[i].revents = 0; }
  // A call that may wait goes straight to the wait, which returns at once when something is
  // ready: a first poll(0) would be one more syscall for every wait that does sleep (a
  // keep-alive server between requests), and spares only the before-block hook otherwise.
  int r;
  if (tmo != 0) {
    bool hook = true;
    if (argc >= 5) napi_get_value_bool(env, argv[4], &hook); // leaves it true for a non-boolean
    r = wait_fds_hook(env, p, count, tmo, hook);
  } else {
    do r = poll(p, count, 0); while (r < 0 && errno == EINTR);
  }
  if (r == ERR_TIMEOUT) r = 0;
  if (r < 0) {
    int e = wait_error(r);
    if (p != stack) free(p);
    return throw_code(env, e);
  }
  for (size_t i = 0; i < count; i++) rev[i] = p[i].revents;
  if (p != stack) free(p);
  return num(env, r);
}

// sleep(ms): time.sleep on the program thread, interruptible by Ctrl-C
static napi_value js_sleep(napi_env env, napi_callback_info info) {
  ARGS(1);
  struct pollfd p[1];
  int r = wait_fds(env, p, 0, arg_num(env, argv[0], 0));
  if (r != ERR_TIMEOUT) return throw_code(env, wait_error(r));
  return NULL;
}

// catchInterrupts() -> bool: take SIGINT from now on (once; false when it is ignored, as
// `nohup` or a background job leaves it: it stays ignored, as in CPython).
static napi_value js_catch_interrupts(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value out;
  if (!catching) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART; // other threads' syscalls are none of our business
    sigaction(SIGINT, NULL, &previous);
    if (previous.sa_handler != SIG_IGN) {
      sigaction(SIGINT, &sa, &previous);
      catching = 1;
    }
  }
  napi_get_boolean(env, catching != 0, &out);
  return out;
}

// takeInterrupt() -> bool: whether a Ctrl-C was pending (it no longer is).
static napi_value js_take_interrupt(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value out;
  napi_get_boolean(env, take_sigint() != 0, &out);
  return out;
}

// setBeforeBlock(fn | null): run fn right before any call sleeps (the runtime flushes stdout).
static napi_value js_set_before_block(napi_env env, napi_callback_info info) {
  ARGS(1);
  if (before_block != NULL) {
    napi_delete_reference(env, before_block);
    before_block = NULL;
  }
  napi_valuetype t;
  napi_typeof(env, argv[0], &t);
  if (t == napi_function) napi_create_reference(env, argv[0], 1, &before_block);
  return NULL;
}

// ---------------------------------------------------------------------------------------------
// The socket module's calls (runtime/stdlib/socket.ts): sockets of any family and type the JS
// side allows, made, bound and connected one step at a time, as Python's socket module does.

// Throws Error(code 'GAI', errno = the EAI_ code) for a failed getaddrinfo: socket.gaierror.
static napi_value throw_gai(napi_env env, int g) {
  if (g == EAI_SYSTEM) return throw_code(env, errno);
  napi_value c, m, e, no;
  napi_create_string_utf8(env, "GAI", NAPI_AUTO_LENGTH, &c);
  napi_create_string_utf8(env, gai_strerror(g), NAPI_AUTO_LENGTH, &m);
  napi_create_error(env, c, m, &e);
  napi_create_int32(env, g, &no);
  napi_set_named_property(env, e, "errno", no);
  napi_throw(env, e);
  return NULL;
}

static void arg_str(napi_env env, napi_value v, char *out, size_t size) {
  size_t len = 0;
  out[0] = 0;
  napi_get_value_string_utf8(env, v, out, size, &len);
}

// The address (host, port) of `family` as a sockaddr, the way CPython's setipaddr reads a host:
// '' is any address, '<broadcast>' the broadcast one, anything else a number or a name (resolved
// in that family). 0, or a getaddrinfo error (EAI_*, negative).
static int make_addr(int family, const char *host, int port, uint32_t flowinfo, uint32_t scope,
                     struct sockaddr_storage *ss, socklen_t *len) {
  memset(ss, 0, sizeof *ss);
  if (family == AF_INET) {
    struct sockaddr_in *a = (struct sockaddr_in *)ss;
    a->sin_family = AF_INET;
    a->sin_port = htons((uint16_t)port);
    *len = sizeof *a;
    if (host[0] == 0) { a->sin_addr.s_addr = htonl(INADDR_ANY); return 0; }
    if (strcmp(host, "<broadcast>") == 0 || strcmp(host, "255.255.255.255") == 0) {
      a->sin_addr.s_addr = htonl(INADDR_BROADCAST);
      return 0;
    }
    if (inet_pton(AF_INET, host, &a->sin_addr) == 1) return 0;
  } else if (family == AF_INET6) {
    struct sockaddr_in6 *a = (struct sockaddr_in6 *)ss;
    a->sin6_family = AF_INET6;
    a->sin6_port = htons((uint16_t)port);
    a->sin6_flowinfo = htonl(flowinfo);
    a->sin6_scope_id = scope;
    *len = sizeof *a;
    if (host[0] == 0) { a->sin6_addr = in6addr_any; return 0; }
    if (inet_pton(AF_INET6, host, &a->sin6_addr) == 1) return 0;
  } else {
    return EAI_FAMILY;
  }
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = family;
  int g = getaddrinfo(host, NULL, &hints, &res);
  if (g != 0) return g;
  if (family == AF_INET) {
    ((struct sockaddr_in *)ss)->sin_addr = ((struct sockaddr_in *)res->ai_addr)->sin_addr;
  } else {
    ((struct sockaddr_in6 *)ss)->sin6_addr = ((struct sockaddr_in6 *)res->ai_addr)->sin6_addr;
    if (scope == 0) ((struct sockaddr_in6 *)ss)->sin6_scope_id = ((struct sockaddr_in6 *)res->ai_addr)->sin6_scope_id;
  }
  freeaddrinfo(res);
  return 0;
}

// A socket address as [family, host, port, flowinfo, scope_id] (the last two 0 for IPv4).
static napi_value addr_value(napi_env env, struct sockaddr_storage *ss) {
  napi_value arr;
  napi_create_array_with_length(env, 5, &arr);
  napi_set_element(env, arr, 0, num(env, ss->ss_family));
  addr_pair(env, ss, arr, 1);
  uint32_t flow = 0, scope = 0;
  if (ss->ss_family == AF_INET6) {
    flow = ntohl(((struct sockaddr_in6 *)ss)->sin6_flowinfo);
    scope = ((struct sockaddr_in6 *)ss)->sin6_scope_id;
  }
  napi_set_element(env, arr, 3, num(env, flow));
  napi_set_element(env, arr, 4, num(env, scope));
  return arr;
}

// The address arguments argv[at..at+4]: family, host, port, flowinfo, scope_id.
static int addr_args(napi_env env, napi_value *argv, int at, struct sockaddr_storage *ss, socklen_t *len) {
  char host[1024];
  arg_str(env, argv[at + 1], host, sizeof host);
  return make_addr(arg_int(env, argv[at]), host, arg_int(env, argv[at + 2]),
                   (uint32_t)arg_num(env, argv[at + 3], 0), (uint32_t)arg_num(env, argv[at + 4], 0), ss, len);
}

// socket(family, type, proto) -> fd (non-blocking: waits are ppoll's, as for every socket here)
static napi_value js_socket(napi_env env, napi_callback_info info) {
  ARGS(3);
  int fd = socket(arg_int(env, argv[0]), arg_int(env, argv[1]) | SOCK_CLOEXEC | SOCK_NONBLOCK, arg_int(env, argv[2]));
  if (fd < 0) return throw_code(env, errno);
  return num(env, fd);
}

// adopt(fd): make a descriptor handed in by the program non-blocking (socket(fileno=fd)).
static napi_value js_adopt(napi_env env, napi_callback_info info) {
  ARGS(1);
  int fd = arg_int(env, argv[0]);
  int fl = fcntl(fd, F_GETFL);
  if (fl < 0 || fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0) return throw_code(env, errno);
  return NULL;
}

// dup(fd) -> a new descriptor for the same socket (close-on-exec, as CPython's socket.dup)
static napi_value js_dup(napi_env env, napi_callback_info info) {
  ARGS(1);
  int fd = fcntl(arg_int(env, argv[0]), F_DUPFD_CLOEXEC, 0);
  if (fd < 0) return throw_code(env, errno);
  return num(env, fd);
}

// bind(fd, family, host, port, flowinfo, scope_id)
static napi_value js_bind(napi_env env, napi_callback_info info) {
  ARGS(6);
  struct sockaddr_storage ss;
  socklen_t len;
  int g = addr_args(env, argv, 1, &ss, &len);
  if (g != 0) return throw_gai(env, g);
  if (bind(arg_int(env, argv[0]), (struct sockaddr *)&ss, len) < 0) return throw_code(env, errno);
  return NULL;
}

// listenOn(fd, backlog)
static napi_value js_listen_on(napi_env env, napi_callback_info info) {
  ARGS(2);
  if (listen(arg_int(env, argv[0]), arg_int(env, argv[1])) < 0) return throw_code(env, errno);
  return NULL;
}

// connect(fd, family, host, port, flowinfo, scope_id, timeoutMs): waits (up to the timeout) for
// a connection in progress; timeout 0 raises EINPROGRESS at once, as a non-blocking socket does.
static napi_value js_connect(napi_env env, napi_callback_info info) {
  ARGS(7);
  RAISE_PENDING_SIGINT();
  int fd = arg_int(env, argv[0]);
  struct sockaddr_storage ss;
  socklen_t len;
  int g = addr_args(env, argv, 1, &ss, &len);
  if (g != 0) return throw_gai(env, g);
  double tmo = arg_num(env, argv[6], -1);
  if (connect(fd, (struct sockaddr *)&ss, len) == 0) return NULL;
  // EINTR: the connection goes on in the background, as EINPROGRESS says.
  if (errno != EINPROGRESS && errno != EINTR) return throw_code(env, errno);
  if (tmo == 0) return throw_code(env, EINPROGRESS);
  struct pollfd p[2] = {{fd, POLLOUT, 0}};
  int r = wait_fds(env, p, 1, tmo);
  if (r < 0) return throw_code(env, wait_error(r));
  int err = 0;
  socklen_t el = sizeof err;
  if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &el) < 0) err = errno;
  if (err != 0) return throw_code(env, err);
  // A blocking connect leaves the socket connected as far as a later connect() can tell
  // (EISCONN, as CPython's blocking sockets see it); after a non-blocking one, Linux still
  // answers the next connect() with success. One more call settles it.
  if (tmo < 0) (void)connect(fd, (struct sockaddr *)&ss, len);
  return NULL;
}

// sockaddr(fd, peer) -> [family, host, port, flowinfo, scope_id]: getsockname, or getpeername.
static napi_value js_sockaddr(napi_env env, napi_callback_info info) {
  ARGS(2);
  int fd = arg_int(env, argv[0]);
  bool peer = false;
  napi_get_value_bool(env, argv[1], &peer);
  struct sockaddr_storage ss;
  memset(&ss, 0, sizeof ss);
  socklen_t sl = sizeof ss;
  int r = peer ? getpeername(fd, (struct sockaddr *)&ss, &sl) : getsockname(fd, (struct sockaddr *)&ss, &sl);
  if (r < 0) return throw_code(env, errno);
  return addr_value(env, &ss);
}

// sendSome(fd, u8, timeoutMs, flags) -> bytes sent by one send(2), waiting (up to the timeout)
// until the socket takes some.
static napi_value js_send_some(napi_env env, napi_callback_info info) {
  ARGS(4);
  RAISE_PENDING_SIGINT();
  int fd = arg_int(env, argv[0]);
  void *data;
  size_t n, off;
  napi_typedarray_type tt;
  napi_value ab;
  if (napi_get_typedarray_info(env, argv[1], &tt, &n, &data, &ab, &off) != napi_ok) return throw_code(env, EINVAL);
  double tmo = arg_num(env, argv[2], -1);
  int flags = (int)arg_num(env, argv[3], 0);
  int64_t deadline = tmo < 0 ? -1 : now_ns() + (int64_t)(tmo * 1e6);
  for (;;) {
    ssize_t w = send(fd, data, n, flags | MSG_NOSIGNAL);
    if (w >= 0) return num(env, (double)w);
    if (errno == EINTR) continue;
    if (errno != EAGAIN || tmo == 0) return throw_code(env, errno);
    struct pollfd p[2] = {{fd, POLLOUT, 0}};
    double left = deadline < 0 ? -1 : (deadline - now_ns()) / 1e6;
    if (deadline >= 0 && left < 0) left = 0;
    int r = wait_fds(env, p, 1, left);
    if (r < 0) return throw_code(env, wait_error(r));
  }
}

// setsockopt(fd, level, option, value): an int, or the bytes of a Uint8Array.
static napi_value js_setsockopt(napi_env env, napi_callback_info info) {
  ARGS(4);
  int fd = arg_int(env, argv[0]), level = arg_int(env, argv[1]), opt = arg_int(env, argv[2]);
  bool is_array = false;
  napi_is_typedarray(env, argv[3], &is_array);
  int r;
  if (is_array) {
    void *data;
    size_t n, off;
    napi_typedarray_type tt;
    napi_value ab;
    napi_get_typedarray_info(env, argv[3], &tt, &n, &data, &ab, &off);
    r = setsockopt(fd, level, opt, data, (socklen_t)n);
  } else {
    int v = arg_int(env, argv[3]);
    r = setsockopt(fd, level, opt, &v, sizeof v);
  }
  if (r < 0) return throw_code(env, errno);
  return NULL;
}

// getsockopt(fd, level, option, buflen): buflen 0 gives the int, else a Buffer of up to buflen.
static napi_value js_getsockopt(napi_env env, napi_callback_info info) {
  ARGS(4);
  int fd = arg_int(env, argv[0]), level = arg_int(env, argv[1]), opt = arg_int(env, argv[2]);
  int buflen = arg_int(env, argv[3]);
  if (buflen <= 0) {
    int v = 0;
    socklen_t l = sizeof v;
    if (getsockopt(fd, level, opt, &v, &l) < 0) return throw_code(env, errno);
    return num(env, v);
  }
  char buf[1024];
  socklen_t l = buflen > (int)sizeof buf ? (socklen_t)sizeof buf : (socklen_t)buflen;
  if (getsockopt(fd, level, opt, buf, &l) < 0) return throw_code(env, errno);
  napi_value out;
  void *ignored;
  napi_create_buffer_copy(env, l, buf, &ignored, &out);
  return out;
}

// getaddrinfo(host | null, port | null, family, type, proto, flags) ->
//   [[family, type, proto, canonname, host, port, flowinfo, scope_id], ...]
static napi_value js_getaddrinfo(napi_env env, napi_callback_info info) {
  ARGS(6);
  RAISE_PENDING_SIGINT();
  char host[1024], port[64];
  napi_valuetype t;
  napi_typeof(env, argv[0], &t);
  bool has_host = t == napi_string;
  if (has_host) arg_str(env, argv[0], host, sizeof host);
  napi_typeof(env, argv[1], &t);
  bool has_port = t == napi_string;
  if (has_port) arg_str(env, argv[1], port, sizeof port);
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = arg_int(env, argv[2]);
  hints.ai_socktype = arg_int(env, argv[3]);
  hints.ai_protocol = arg_int(env, argv[4]);
  hints.ai_flags = arg_int(env, argv[5]);
  int g = getaddrinfo(has_host ? host : NULL, has_port ? port : NULL, &hints, &res);
  if (g != 0) return throw_gai(env, g);
  napi_value list;
  napi_create_array(env, &list);
  uint32_t i = 0;
  for (struct addrinfo *a = res; a != NULL; a = a->ai_next) {
    if (a->ai_family != AF_INET && a->ai_family != AF_INET6) continue;
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    memcpy(&ss, a->ai_addr, a->ai_addrlen);
    napi_value addr = addr_value(env, &ss), item, canon, v;
    napi_create_array_with_length(env, 8, &item);
    napi_set_element(env, item, 0, num(env, a->ai_family));
    napi_set_element(env, item, 1, num(env, a->ai_socktype));
    napi_set_element(env, item, 2, num(env, a->ai_protocol));
    napi_create_string_utf8(env, a->ai_canonname ? a->ai_canonname : "", NAPI_AUTO_LENGTH, &canon);
    napi_set_element(env, item, 3, canon);
    for (uint32_t k = 1; k < 5; k++) {
      napi_get_element(env, addr, k, &v);
      napi_set_element(env, item, 3 + k, v);
    }
    napi_set_element(env, list, i++, item);
  }
  freeaddrinfo(res);
  return list;
}

static napi_value init(napi_env env, napi_value exports) {
  if (wake_fd < 0) wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  if (wake_fd < 0) return throw_code(env, errno);
  napi_property_descriptor d[] = {
    {"listen", 0, js_listen, 0, 0, 0, napi_enumerable, 0},
    {"getsockname", 0, js_getsockname, 0, 0, 0, napi_enumerable, 0},
    {"accept", 0, js_accept, 0, 0, 0, napi_enumerable, 0},
    {"recv", 0, js_recv, 0, 0, 0, napi_enumerable, 0},
    {"recvInto", 0, js_recv_into, 0, 0, 0, napi_enumerable, 0},
    {"send", 0, js_send, 0, 0, 0, napi_enumerable, 0},
    {"writeText", 0, js_write_text, 0, 0, 0, napi_enumerable, 0},
    {"close", 0, js_close, 0, 0, 0, napi_enumerable, 0},
    {"shutdown", 0, js_shutdown, 0, 0, 0, napi_enumerable, 0},
    {"poll", 0, js_poll, 0, 0, 0, napi_enumerable, 0},
    {"sleep", 0, js_sleep, 0, 0, 0, napi_enumerable, 0},
    {"catchInterrupts", 0, js_catch_interrupts, 0, 0, 0, napi_enumerable, 0},
    {"takeInterrupt", 0, js_take_interrupt, 0, 0, 0, napi_enumerable, 0},
    {"setBeforeBlock", 0, js_set_before_block, 0, 0, 0, napi_enumerable, 0},
    {"socket", 0, js_socket, 0, 0, 0, napi_enumerable, 0},
    {"adopt", 0, js_adopt, 0, 0, 0, napi_enumerable, 0},
    {"dup", 0, js_dup, 0, 0, 0, napi_enumerable, 0},
    {"bind", 0, js_bind, 0, 0, 0, napi_enumerable, 0},
    {"listenOn", 0, js_listen_on, 0, 0, 0, napi_enumerable, 0},
    {"connect", 0, js_connect, 0, 0, 0, napi_enumerable, 0},
    {"sockaddr", 0, js_sockaddr, 0, 0, 0, napi_enumerable, 0},
    {"sendSome", 0, js_send_some, 0, 0, 0, napi_enumerable, 0},
    {"setsockopt", 0, js_setsockopt, 0, 0, 0, napi_enumerable, 0},
    {"getsockopt", 0, js_getsockopt, 0, 0, 0, napi_enumerable, 0},
    {"getaddrinfo", 0, js_getaddrinfo, 0, 0, 0, napi_enumerable, 0},
  };
  napi_define_properties(env, exports, sizeof d / sizeof d[0], d);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
