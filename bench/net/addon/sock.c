// Blocking sockets on the calling (program) thread: real syscalls, no worker.
// Every socket is O_NONBLOCK; a call first tries the syscall, and only on EAGAIN waits in ppoll.
// While waiting, SIGINT is taken by our own handler (installed only for the wait; it writes an
// eventfd that the wait also watches, so none is lost); a SIGINT during the wait throws an Error
// with code 'SIGINT'. Outside the waits Node's own disposition (process.on('SIGINT') or default) holds.
#define NAPI_VERSION 8
#define _GNU_SOURCE
#include <node_api.h>
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define ERR_SIGINT (-2)
#define ERR_TIMEOUT (-3)

static volatile sig_atomic_t got_sigint;
static int wake_fd = -1; // eventfd the SIGINT handler writes, watched by every wait

// Runs on whichever thread the kernel picks (Node has threads with SIGINT unblocked), so it
// wakes the waiting thread through wake_fd rather than relying on interrupting its ppoll.
static void on_sigint(int sig) {
  (void)sig;
  int saved = errno;
  got_sigint = 1;
  uint64_t one = 1;
  ssize_t w = write(wake_fd, &one, sizeof one);
  (void)w;
  errno = saved;
}

static int64_t now_ns(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (int64_t)t.tv_sec * 1000000000 + t.tv_nsec;
}

static void drain_wake(void) {
  uint64_t v;
  ssize_t r = read(wake_fd, &v, sizeof v);
  (void)r;
}

// Waits for events on p[0..n-1]; p must have room for n + 1 entries (p[n] is the wake fd).
// timeout_ms < 0: forever. Returns >0 ready, ERR_TIMEOUT, ERR_SIGINT, or -1 with errno.
// SIGINT is ours only from the sigaction that installs our handler to the one that puts the
// previous handler back: one that lands in between sets got_sigint (and wakes the wait); one
// before or after goes to Node's handler or the default action. None is lost.
static int wait_fds(struct pollfd *p, nfds_t n, double timeout_ms) {
  struct sigaction sa, oldsa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;
  got_sigint = 0;
  sigaction(SIGINT, &sa, &oldsa);
  int ours = 1;
  if (oldsa.sa_handler == SIG_IGN) { // an ignored SIGINT stays ignored, as in CPython
    sigaction(SIGINT, &oldsa, NULL);
    ours = 0;
  }
  p[n].fd = wake_fd;
  p[n].events = POLLIN;
  p[n].revents = 0;
  int64_t deadline = timeout_ms < 0 ? -1 : now_ns() + (int64_t)(timeout_ms * 1e6);
  int r;
  for (;;) {
    struct timespec ts, *tsp = NULL;
    if (deadline >= 0) {
      int64_t left = deadline - now_ns();
      if (left < 0) left = 0;
      ts.tv_sec = left / 1000000000;
      ts.tv_nsec = left % 1000000000;
      tsp = &ts;
    }
    r = ppoll(p, n + 1, tsp, NULL);
    if (r > 0) break;
    if (r == 0) { r = ERR_TIMEOUT; break; }
    if (errno != EINTR) break;
    if (got_sigint) break;
  }
  int saved = errno;
  if (ours) sigaction(SIGINT, &oldsa, NULL);
  if (got_sigint) { // during the wait, or between its end and the restore
    drain_wake();
    r = ERR_SIGINT;
  }
  errno = saved;
  return r;
}

static napi_value throw_code(napi_env env, int err) {
  char code[32];
  const char *msg;
  if (err == ERR_SIGINT) { strcpy(code, "SIGINT"); msg = "interrupted"; }
  else if (err == ERR_TIMEOUT) { strcpy(code, "TIMEOUT"); msg = "timed out"; }
  else { snprintf(code, sizeof code, "E%d", err); msg = strerror(err); }
  napi_value c, m, e, no;
  napi_create_string_utf8(env, code, NAPI_AUTO_LENGTH, &c);
  napi_create_string_utf8(env, msg, NAPI_AUTO_LENGTH, &m);
  napi_create_error(env, c, m, &e);
  napi_create_int32(env, err > 0 ? err : 0, &no);
  napi_set_named_property(env, e, "errno", no);
  napi_throw(env, e);
  return NULL;
}

#define ARGS(N)                                  \
  size_t argc = N;                               \
  napi_value argv[N];                            \
  napi_get_cb_info(env, info, &argc, argv, NULL, NULL)

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

// listen(host, port, backlog) -> fd
static napi_value js_listen(napi_env env, napi_callback_info info) {
  ARGS(3);
  char host[256];
  size_t len;
  napi_get_value_string_utf8(env, argv[0], host, sizeof host, &len);
  int port = arg_int(env, argv[1]);
  int backlog = argc > 2 ? (int)arg_num(env, argv[2], 128) : 128;
  struct addrinfo hints, *res;
  memset(&hints, 0, sizeof hints);
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
  char ps[16];
  snprintf(ps, sizeof ps, "%d", port);
  int g = getaddrinfo(host[0] ? host : NULL, ps, &hints, &res);
  if (g != 0) return throw_code(env, g == EAI_SYSTEM ? errno : EINVAL);
  int fd = socket(res->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
  if (fd < 0) { freeaddrinfo(res); return throw_code(env, errno); }
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
  int fd = arg_int(env, argv[0]);
  double tmo = argc > 1 ? arg_num(env, argv[1], -1) : -1;
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
    int r = wait_fds(p, 1, tmo);
    if (r < 0) return throw_code(env, r == -1 ? errno : r);
  }
}

// recvInto(fd, u8, timeoutMs) -> n (0 at EOF)
static napi_value js_recv_into(napi_env env, napi_callback_info info) {
  ARGS(3);
  int fd = arg_int(env, argv[0]);
  void *data;
  size_t n;
  napi_typedarray_type tt;
  napi_value ab;
  size_t off;
  napi_get_typedarray_info(env, argv[1], &tt, &n, &data, &ab, &off);
  double tmo = argc > 2 ? arg_num(env, argv[2], -1) : -1;
  for (;;) {
    ssize_t got = recv(fd, data, n, 0);
    if (got >= 0) return num(env, (double)got);
    if (errno == EINTR) continue;
    if (errno != EAGAIN || tmo == 0) return throw_code(env, errno);
    struct pollfd p[2] = {{fd, POLLIN, 0}};
    int r = wait_fds(p, 1, tmo);
    if (r < 0) return throw_code(env, r == -1 ? errno : r);
  }
}

// recv(fd, n, timeoutMs) -> Buffer (empty at EOF)
static napi_value js_recv(napi_env env, napi_callback_info info) {
  ARGS(3);
  int fd = arg_int(env, argv[0]);
  size_t want = (size_t)arg_int(env, argv[1]);
  double tmo = argc > 2 ? arg_num(env, argv[2], -1) : -1;
  char stack[65536];
  char *buf = want <= sizeof stack ? stack : malloc(want);
  for (;;) {
    ssize_t got = recv(fd, buf, want, 0);
    if (got >= 0) {
      napi_value out;
      void *ignored;
      napi_create_buffer_copy(env, (size_t)got, buf, &ignored, &out);
      if (buf != stack) free(buf);
      return out;
    }
    if (errno == EINTR) continue;
    int e = errno;
    if (e == EAGAIN && tmo != 0) {
      struct pollfd p[2] = {{fd, POLLIN, 0}};
      int r = wait_fds(p, 1, tmo);
      if (r > 0) continue;
      e = r == -1 ? errno : r;
    }
    if (buf != stack) free(buf);
    return throw_code(env, e);
  }
}

// send(fd, u8, timeoutMs): all of it (sendall); the timeout bounds the whole call
static napi_value js_send(napi_env env, napi_callback_info info) {
  ARGS(3);
  int fd = arg_int(env, argv[0]);
  void *data;
  size_t n;
  napi_typedarray_type tt;
  napi_value ab;
  size_t off;
  napi_get_typedarray_info(env, argv[1], &tt, &n, &data, &ab, &off);
  double tmo = argc > 2 ? arg_num(env, argv[2], -1) : -1;
  int64_t deadline = tmo < 0 ? -1 : now_ns() + (int64_t)(tmo * 1e6);
  size_t done = 0;
  while (done < n) {
    ssize_t w = send(fd, (char *)data + done, n - done, MSG_NOSIGNAL);
    if (w >= 0) { done += (size_t)w; continue; }
    if (errno == EINTR) continue;
    if (errno != EAGAIN || tmo == 0) return throw_code(env, errno);
    struct pollfd p[2] = {{fd, POLLOUT, 0}};
    double left = deadline < 0 ? -1 : (deadline - now_ns()) / 1e6;
    if (deadline >= 0 && left < 0) left = 0;
    int r = wait_fds(p, 1, left);
    if (r < 0) return throw_code(env, r == -1 ? errno : r);
  }
  return NULL;
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

// poll(fds Int32Array, count, timeoutMs, revents Int32Array) -> number ready (0 on timeout).
// Waits for readability (POLLIN; errors and hang-ups count as ready).
#define POLL_STACK 256
static napi_value js_poll(napi_env env, napi_callback_info info) {
  ARGS(4);
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
  struct pollfd *p = count <= POLL_STACK ? stack : malloc((count + 1) * sizeof *p);
  for (size_t i = 0; i < count; i++) { p[i].fd = fds[i]; p[i].events = POLLIN; p[i].revents = 0; }
  // A zero-timeout look (or anything ready now) needs no signal handling.
  int r;
  do r = poll(p, count, 0); while (r < 0 && errno == EINTR);
  if (r == 0 && tmo != 0) r = wait_fds(p, count, tmo);
  if (r == ERR_TIMEOUT) r = 0;
  if (r < 0) {
    int e = r == -1 ? errno : r;
    if (p != stack) free(p);
    return throw_code(env, e);
  }
  for (size_t i = 0; i < count; i++) rev[i] = p[i].revents;
  if (p != stack) free(p);
  return num(env, r);
}

// sleep(ms): time.sleep on the program thread, interruptible by SIGINT
static napi_value js_sleep(napi_env env, napi_callback_info info) {
  ARGS(1);
  struct pollfd p[1];
  int r = wait_fds(p, 0, arg_num(env, argv[0], 0));
  if (r != ERR_TIMEOUT) return throw_code(env, r == -1 ? errno : r);
  return NULL;
}

static napi_value init(napi_env env, napi_value exports) {
  if (wake_fd < 0) wake_fd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
  napi_property_descriptor d[] = {
    {"listen", 0, js_listen, 0, 0, 0, napi_enumerable, 0},
    {"getsockname", 0, js_getsockname, 0, 0, 0, napi_enumerable, 0},
    {"accept", 0, js_accept, 0, 0, 0, napi_enumerable, 0},
    {"recv", 0, js_recv, 0, 0, 0, napi_enumerable, 0},
    {"recvInto", 0, js_recv_into, 0, 0, 0, napi_enumerable, 0},
    {"send", 0, js_send, 0, 0, 0, napi_enumerable, 0},
    {"close", 0, js_close, 0, 0, 0, napi_enumerable, 0},
    {"shutdown", 0, js_shutdown, 0, 0, 0, napi_enumerable, 0},
    {"poll", 0, js_poll, 0, 0, 0, napi_enumerable, 0},
    {"sleep", 0, js_sleep, 0, 0, 0, napi_enumerable, 0},
  };
  napi_define_properties(env, exports, sizeof d / sizeof d[0], d);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
