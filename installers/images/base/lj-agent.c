/*
 * lj-agent: the process that runs as PID 1 inside every LabJudge sandbox container.
 *
 * The executor node attaches to the container's stdin/stdout and sends it requests: write a
 * file into /box, execute a command under limits, reset the sandbox for the next run.
 *
 * It starts as root with only CAP_SETUID, CAP_SETGID and CAP_KILL (the node's container rules) and
 * runs every program as the user the node names (`lj-agent --user UID:GID`, never root): a program
 * of another uid cannot open the agent's pipes through /proc/1/fd (gVisor's kernel lets a process
 * of the same uid do that even when the agent is not dumpable), trace it or signal it. The agent
 * touches the program's files (/box, /tmp, IPC objects) as that user too, so it has no more file
 * access than the program. Running
 * the programs from a long-lived PID 1 (instead of one `docker exec` each) is what makes a warm
 * container cost a pipe round trip instead of an exec, and PID 1 cannot be killed or stopped by
 * the programs it runs (`kill -9 -1` spares init), so it always reports back.
 *
 * Wire format (all integers little-endian; "str" = u32 length + bytes):
 *   host -> agent
 *     'P'                                    ping
 *     'W' str name, u32 mode, str data       write /box/<name> (a plain name, no '/', no "..")
 *     'X' u32 cpu_ms, u32 wall_ms, u32 output_cap, u64 fsize_bytes,
 *         u64 address_space_bytes, u32 processes,
 *         u32 argc, str argv..., u32 envc, str env..., str stdin
 *                                            execute argv[0] (PATH lookup) in /box;
 *                                            address_space_bytes: RLIMIT_AS (0: none);
 *                                            processes: RLIMIT_NPROC of the program's user
 *                                            (0: none, the cgroup's pids limit caps)
 *     'Z'                                    kill every process, empty /box and /tmp
 *     'L' (the fields of 'X')                execute live (protocol 2): stdin, stdout and stderr are
 *                                            one terminal, passed through while the program runs
 *       while it runs, host -> agent:  'I' str data (typed input)   'E' end of input (Ctrl+D)
 *                                      'K' kill every process (the user stopped it)
 *       agent -> host as it comes:     'o' str data (stdout)        'e' str data (stderr)
 *       then the 'x' reply (stdout and stderr empty: they were streamed); the agent then reads and
 *       drops 'I', 'E' and 'K' (sent before the host saw 'x') until the host's 'F'.
 *   agent -> host
 *     'p' u32 protocol, str cgroup_mode      'w' u32 errno      'z' u32 errno
 *     'x' i32 exit_code, i32 signal, u64 cpu_us, u64 wall_us, u64 max_rss_kb, u32 flags,
 *         str stdout, str stderr, str message
 * flags: 1 cpu limit hit, 2 wall limit hit, 4 output cap hit, 8 OOM kill seen in the cgroup,
 *        16 the command could not be started, 32 cpu time measured by the cgroup,
 *        64 a fork failed because the cgroup's process limit was reached,
 *        128 the host stopped a live execution ('K').
 * SIGUSR1 from outside the container (the node, under gVisor): the programs' CPU time, as the host's
 * cgroup counts it, is past the limit; the agent stops them with flag 1.
 * Without cgroup figures (gVisor's kernel has none, or none that measure) the agent measures CPU
 * time itself, the main process's and its waited-for children's from /proc/<pid>/stat every 50 ms,
 * and stops a program at its CPU limit (gVisor honours no RLIMIT_CPU); flag 64 then means the
 * programs reached their RLIMIT_NPROC.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define PROTOCOL_VERSION 3
#define MAX_FIELD (256u * 1024u * 1024u)
#define MAX_ARGS 4096
#define TICK_MS 5
/* How long processes left behind by a main process that exited may run on before they are killed. */
#define LINGER_US 250000LL
/* The same where no cgroup counts refused forks (gVisor): forks there are slow (a bash fork bomb took
 * about 360 ms to reach a cap of 30 at load 10), and the cap is seen only by counting the programs'
 * threads, every tick while they linger. A bomb ends the wait as soon as it reaches the cap. */
#define LINGER_SAMPLED_US 1000000LL
/* How often the agent samples the programs' CPU time from /proc when no cgroup counts it. */
#define PROC_SAMPLE_US 50000LL
/* Typed input the program has not read yet; past this the agent stops reading the node's frames. */
#define MAX_PENDING_INPUT (1u << 20)

enum {
  FLAG_CPU = 1, FLAG_WALL = 2, FLAG_OUTPUT = 4, FLAG_OOM = 8, FLAG_START_FAILED = 16,
  FLAG_CPU_FROM_CGROUP = 32, FLAG_PROCESS_LIMIT = 64, FLAG_STOPPED = 128
};

static const char *const WORK_DIR = "/box";
static const char *const TMP_DIR = "/tmp";
/* Docker mounts a writable /dev/shm even on a read-only root: a run could leave files there. */
static const char *const SHM_DIR = "/dev/shm";
/* POSIX message queues live in the container's IPC namespace and outlive the run that made them. */
static const char *const MQUEUE_DIR = "/dev/mqueue";

/* ---- framing ---------------------------------------------------------------------------- */

static void die(const char *what) {
  fprintf(stderr, "lj-agent: %s: %s\n", what, strerror(errno));
  exit(2);
}

static void read_full(void *buf, size_t n) {
  char *p = buf;
  while (n > 0) {
    ssize_t r = read(0, p, n);
    if (r == 0) exit(0); /* the node went away: the container ends with us */
    if (r < 0) {
      if (errno == EINTR) continue;
      die("read");
    }
    p += r;
    n -= (size_t)r;
  }
}

static void write_full(int fd, const void *buf, size_t n) {
  const char *p = buf;
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      die("write");
    }
    p += w;
    n -= (size_t)w;
  }
}

static uint32_t read_u32(void) {
  unsigned char b[4];
  read_full(b, 4);
  return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

static uint64_t read_u64(void) {
  uint64_t lo = read_u32();
  uint64_t hi = read_u32();
  return lo | hi << 32;
}

/* Reads a length-prefixed field, NUL-terminated for convenience. */
static char *read_str(uint32_t *len_out) {
  uint32_t len = read_u32();
  if (len > MAX_FIELD) {
    fprintf(stderr, "lj-agent: field of %u bytes refused\n", len);
    exit(2);
  }
  char *s = malloc((size_t)len + 1);
  if (!s) die("malloc");
  read_full(s, len);
  s[len] = 0;
  if (len_out) *len_out = len;
  return s;
}

/* Replies are built in memory and written with one write: the node reads whole messages. */
typedef struct {
  char *data;
  size_t len, cap;
} buffer;

static void buf_put(buffer *b, const void *p, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n) cap *= 2;
    b->data = realloc(b->data, cap);
    if (!b->data) die("realloc");
    b->cap = cap;
  }
  memcpy(b->data + b->len, p, n);
  b->len += n;
}

static void buf_u32(buffer *b, uint32_t v) {
  unsigned char x[4] = {v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff};
  buf_put(b, x, 4);
}

static void buf_u64(buffer *b, uint64_t v) {
  buf_u32(b, (uint32_t)v);
  buf_u32(b, (uint32_t)(v >> 32));
}

static void buf_str(buffer *b, const char *p, size_t n) {
  buf_u32(b, (uint32_t)n);
  buf_put(b, p, n);
}

static void send_buffer(buffer *b) {
  write_full(1, b->data, b->len);
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

/* Under gVisor only the host sees the sandbox's real CPU time (gVisor's own account of a task is the
 * time it was runnable, clock time: 30 bomb processes on 2 cores read 92 s in 2 s). The node reads it
 * from the container's cgroup on the host and, past the limit, signals SIGUSR1 to the agent from
 * outside; the agent then stops the programs as at its own CPU limit. Checked like SIGTERM. */
static volatile sig_atomic_t host_cpu_over = 0;
static void on_host_cpu_over(int sig, siginfo_t *info, void *context) {
  (void)sig;
  (void)context;
  if (info->si_code == SI_USER && info->si_pid == 0) host_cpu_over = 1;
}

/* ---- cgroup figures (v1 and v2 are read differently) ---------------------------------- */

/* The cgroup files are opened once and re-read with pread: opening a file (and looking up a
 * path) allocates kernel memory charged to the sandbox's cgroup, and the agent reads them every
 * tick. When a program sits at its memory limit, such an allocation by the agent was seen to
 * invoke the OOM killer, which then killed the agent itself right after the program. */
#define MAX_CACHED_FILES 8
static struct { const char *path; int fd; } cached_files[MAX_CACHED_FILES];

static int cached_open(const char *path) {
  for (int i = 0; i < MAX_CACHED_FILES; i++) {
    if (cached_files[i].path == NULL) {
      cached_files[i].path = path;
      cached_files[i].fd = open(path, O_RDONLY | O_CLOEXEC);
      return cached_files[i].fd;
    }
    if (strcmp(cached_files[i].path, path) == 0) return cached_files[i].fd;
  }
  return open(path, O_RDONLY | O_CLOEXEC); /* not reached: the agent reads fewer files */
}

static int read_file(const char *path, char *out, size_t cap) {
  int fd = cached_open(path);
  if (fd < 0) return -1;
  ssize_t n = pread(fd, out, cap - 1, 0);
  if (n < 0) return -1;
  out[n] = 0;
  return 0;
}

/* Value of "key N" in a flat keyed file such as memory.events or cpu.stat; -1 if absent. */
static long long keyed_value(const char *path, const char *key) {
  char text[4096];
  if (read_file(path, text, sizeof text) != 0) return -1;
  size_t klen = strlen(key);
  for (char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
    if (strncmp(line, key, klen) == 0 && line[klen] == ' ') return atoll(line + klen + 1);
  }
  return -1;
}

static int cgroup_v2(void) {
  static int v2 = -1; /* looked up once, for the same reason the files stay open */
  if (v2 < 0) v2 = access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;
  return v2;
}

/* A real cgroup v1 tree: one with the memory controller's OOM counter. gVisor (since 2023) shows a v1
 * tree of its own with CPU figures but no OOM counter, and its cpuacct.usage is no measure: under a
 * fork bomb it read 2170 ms of CPU for 45 ms of wall clock on 2 cores. Where it is all there is, the
 * agent samples the programs itself, as where there is no tree at all. */
static int cgroup_v1(void) {
  static int v1 = -1; /* looked up once, as cgroup_v2 */
  if (v1 < 0) v1 = access("/sys/fs/cgroup/memory/memory.oom_control", F_OK) == 0;
  return v1;
}

/* CPU time used by every process of the container, in microseconds; -1 if not visible. */
static long long cgroup_cpu_us(void) {
  if (cgroup_v2()) return keyed_value("/sys/fs/cgroup/cpu.stat", "usage_usec");
  if (!cgroup_v1()) return -1;
  char text[64];
  if (read_file("/sys/fs/cgroup/cpuacct/cpuacct.usage", text, sizeof text) == 0 ||
      read_file("/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage", text, sizeof text) == 0)
    return atoll(text) / 1000;
  return -1;
}

/* How many times the kernel's OOM killer has killed a process of the container. */
static long long cgroup_oom_kills(void) {
  if (cgroup_v2()) return keyed_value("/sys/fs/cgroup/memory.events", "oom_kill");
  return keyed_value("/sys/fs/cgroup/memory/memory.oom_control", "oom_kill");
}

/* How many forks the cgroup's pids limit has refused so far; -1 if not visible. */
static long long cgroup_pids_refused(void) {
  if (cgroup_v2()) return keyed_value("/sys/fs/cgroup/pids.events", "max");
  return keyed_value("/sys/fs/cgroup/pids/pids.events", "max");
}

static const char *cgroup_mode(void) {
  if (cgroup_v2()) return "v2";
  return cgroup_v1() ? "v1" : "none";
}

/* ---- process control -------------------------------------------------------------------- */

static long long now_us(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (long long)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* The user every program runs as (--user), and whose files the agent writes and removes. */
static uid_t program_uid;
static gid_t program_gid;

/* For good, in a child before it starts a program: every uid and gid, no supplementary groups.
 * Leaving root clears the capabilities too. */
static int become_program_user(void) {
  if (setgroups(0, NULL) != 0 || setresgid(program_gid, program_gid, program_gid) != 0 ||
      setresuid(program_uid, program_uid, program_uid) != 0)
    return -1;
  return getuid() == program_uid && geteuid() == program_uid ? 0 : -1;
}

/* For a while, around the agent's own file work: the effective ids only, so the files it makes are
 * the program's and it can open nothing the program could not. No program runs meanwhile (each
 * execution reaps every process before it replies), so none sees the agent under its uid. */
static void act_as_program_user(void) {
  if (setegid(program_gid) != 0 || seteuid(program_uid) != 0) die("seteuid(program user)");
}

static void act_as_agent(void) {
  if (seteuid(0) != 0 || setegid(0) != 0) die("seteuid(agent)");
}

/* Where no cgroup counts them (gVisor), the agent samples the programs itself. CPU time: the main
 * process's own and its waited-for children's, from /proc/<pid>/stat, as its rusage will say at the
 * end (gVisor's figures for other processes count its own work for them: a fork bomb's shells read
 * many times the CPU the host gave them; a child that loops is stopped by the wall clock). Threads:
 * of every process but the agent, for the process cap. */
static long long timeval_us(struct timeval tv) {
  return (long long)tv.tv_sec * 1000000 + tv.tv_usec;
}

/* Fields 14 to 17 of /proc/<pid>/stat (utime stime cutime cstime) in microseconds and field 20
 * (num_threads); -1 when the process is gone. */
static long long stat_cpu_us(const char *pid, long long *threads) {
  char path[300], text[1024];
  snprintf(path, sizeof path, "/proc/%s/stat", pid);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  ssize_t n = read(fd, text, sizeof text - 1);
  close(fd);
  if (n <= 0) return -1;
  text[n] = 0;
  char *after_name = strrchr(text, ')'); /* the name may hold spaces and parentheses */
  if (!after_name) return -1;
  unsigned long long utime, stime;
  long long cutime, cstime, count;
  /* after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime
   * stime cutime cstime priority nice num_threads */
  if (sscanf(after_name + 1, " %*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu %lld %lld %*d %*d %lld",
             &utime, &stime, &cutime, &cstime, &count) != 5)
    return -1;
  if (threads) *threads = count;
  long tick = sysconf(_SC_CLK_TCK);
  return tick > 0 ? ((long long)(utime + stime) + cutime + cstime) * 1000000 / tick : 0;
}

static long long main_cpu_us(pid_t pid) {
  char name[24];
  snprintf(name, sizeof name, "%d", (int)pid);
  return stat_cpu_us(name, NULL);
}

static long long program_threads(void) {
  long long total = 0;
  DIR *proc = opendir("/proc");
  if (!proc) return 0;
  struct dirent *e;
  while ((e = readdir(proc)) != NULL) {
    if (e->d_name[0] < '1' || e->d_name[0] > '9' || strcmp(e->d_name, "1") == 0) continue;
    long long threads = 0;
    if (stat_cpu_us(e->d_name, &threads) >= 0) total += threads;
  }
  closedir(proc);
  return total;
}

/* As PID 1 we may signal every process in the container but ourselves. */
static void kill_everything(void) {
  kill(-1, SIGKILL);
}

/* Kills every process and waits until none is left, so a reset leaves nothing behind. */
static void kill_and_reap_all(void) {
  for (int i = 0; i < 200; i++) {
    kill_everything();
    pid_t p = waitpid(-1, NULL, 0);
    if (p < 0 && errno == ECHILD) return;
  }
}

static void reply_errno(char type, int err) {
  buffer b = {0};
  buf_put(&b, &type, 1);
  buf_u32(&b, (uint32_t)err);
  send_buffer(&b);
}

static int plain_name(const char *name) {
  return name[0] != 0 && strchr(name, '/') == NULL && strcmp(name, ".") != 0 &&
         strcmp(name, "..") != 0;
}

static void handle_write(void) {
  char *name = read_str(NULL);
  uint32_t mode = read_u32();
  uint32_t len;
  char *data = read_str(&len);
  int err = 0;
  if (!plain_name(name)) {
    err = EINVAL;
  } else {
    act_as_program_user();
    int dir = open(WORK_DIR, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    int fd = dir < 0 ? -1
                     : openat(dir, name, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC,
                              mode & 0777);
    if (fd < 0) {
      err = errno;
    } else {
      size_t off = 0;
      while (off < len) {
        ssize_t w = write(fd, data + off, len - off);
        if (w < 0) {
          if (errno == EINTR) continue;
          err = errno;
          break;
        }
        off += (size_t)w;
      }
      if (fchmod(fd, mode & 0777) != 0 && err == 0) err = errno;
      close(fd);
    }
    if (dir >= 0) close(dir);
    act_as_agent();
  }
  free(name);
  free(data);
  reply_errno('w', err);
}

typedef struct {
  buffer data;
  uint32_t cap;
  int fd;
  char live; /* 0: kept for the reply; else the type of the frame each chunk is sent in at once */
  size_t sent;
} stream;

/* Reads what is available; returns 0 at end of stream. Bytes past the cap are read and dropped. */
static int drain(stream *s, int *over_cap) {
  char chunk[65536];
  ssize_t n = read(s->fd, chunk, sizeof chunk);
  if (n < 0) return errno == EINTR || errno == EAGAIN; /* EIO: a terminal none holds open any more */
  if (n == 0) return 0;
  size_t used = s->live ? s->sent : s->data.len;
  size_t room = used < s->cap ? s->cap - used : 0;
  size_t keep = (size_t)n < room ? (size_t)n : room;
  if (keep > 0 && s->live) {
    buffer frame = {0};
    buf_put(&frame, &s->live, 1);
    buf_str(&frame, chunk, keep);
    send_buffer(&frame);
    s->sent += keep;
  } else if (keep > 0) {
    buf_put(&s->data, chunk, keep);
  }
  if ((size_t)n > keep) *over_cap = 1;
  return 1;
}

/* A live execution's terminal: the program's stdin, stdout and stderr, so it line-buffers its output as in a
 * console (C's stdio, Python's print) and a prompt shows before it reads. No echo (the user's side shows
 * what was typed), no signals from keys, no output translation; canonical input, so the end-of-file key
 * ends input as in a console. Returns the master side; *slave_out gets the program's side. */
static int open_terminal(int *slave_out) {
  int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) return -1;
  char name[64];
  if (ptsname_r(master, name, sizeof name) != 0) return -1;
  int slave = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
  if (slave < 0) return -1;
  struct termios t;
  if (tcgetattr(slave, &t) != 0) return -1;
  t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ECHOCTL | ISIG | IEXTEN);
  t.c_lflag |= ICANON;
  t.c_oflag &= ~(tcflag_t)OPOST;
  t.c_iflag &= ~(tcflag_t)(ICRNL | IXON | IXOFF);
  if (tcsetattr(slave, TCSANOW, &t) != 0) return -1;
  fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
  *slave_out = slave;
  return master;
}

/* Typed input on its way to a live program. */
typedef struct {
  buffer pending;
  size_t offset;
  int fd;           /* the terminal's master side; -1 once input has ended */
  int end_asked;    /* 'E' came: end input once what is pending is written */
  char last;        /* the last byte written, to end input at the start of a line */
} live_input;

/* Writes what the terminal takes now; then, if asked, the end-of-file key (twice after a partial line:
 * the first only hands the line over). */
static void feed_input(live_input *in) {
  while (in->fd >= 0 && in->offset < in->pending.len) {
    ssize_t w = write(in->fd, in->pending.data + in->offset, in->pending.len - in->offset);
    if (w < 0) {
      if (errno == EINTR) continue;
      if (errno == EAGAIN) return;
      in->fd = -1; /* the program is gone; what it did not read is dropped */
      return;
    }
    in->last = in->pending.data[in->offset + (size_t)w - 1];
    in->offset += (size_t)w;
  }
  if (in->offset == in->pending.len) {
    in->pending.len = in->offset = 0;
    if (in->end_asked && in->fd >= 0) {
      char eof[2] = {4, 4};
      size_t n = in->last == '\n' || in->last == 0 ? 1 : 2;
      if (write(in->fd, eof, n) == (ssize_t)n) in->fd = -1;
    }
  }
}

/* One frame from the host while a live program runs. */
static void read_live_frame(live_input *in, uint32_t *flags) {
  char type;
  read_full(&type, 1);
  if (type == 'I') {
    uint32_t len;
    char *data = read_str(&len);
    if (in->fd >= 0 && !in->end_asked) buf_put(&in->pending, data, len);
    free(data);
  } else if (type == 'E') {
    in->end_asked = 1;
  } else if (type == 'K') {
    *flags |= FLAG_STOPPED;
    kill_everything();
  } else {
    fprintf(stderr, "lj-agent: unknown live frame 0x%02x\n", (unsigned char)type);
    exit(2);
  }
  feed_input(in);
}

/* After a live execution's reply: frames the host sent before it saw the reply, up to its 'F'. */
static void finish_live(void) {
  for (;;) {
    char type;
    read_full(&type, 1);
    if (type == 'F') return;
    if (type == 'I') free(read_str(NULL));
    else if (type != 'E' && type != 'K') {
      fprintf(stderr, "lj-agent: unknown live frame 0x%02x\n", (unsigned char)type);
      exit(2);
    }
  }
}

static void child_exec(int in, int out, int err, uint64_t cpu_ms, uint64_t fsize, uint64_t address_space,
                       uint32_t processes, char **argv, char **envp, int report) {
  setpgid(0, 0);
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, NULL);
  signal(SIGPIPE, SIG_DFL);
  dup2(in, 0);
  dup2(out, 1);
  dup2(err, 2);
  /* The program and all it starts are the OOM killer's first choice, never the agent: raising
   * one's own score needs no privilege (lowering the agent's would). Written while still root,
   * whose /proc/self this is. */
  int adj = open("/proc/self/oom_score_adj", O_WRONLY | O_CLOEXEC);
  if (adj >= 0) {
    if (write(adj, "1000", 4) != 4) { /* the agent's score stays lower anyway */ }
    close(adj);
  }
  int e = 0;
  if (become_program_user() != 0) e = errno ? errno : EPERM;
  if (e == 0 && chdir(WORK_DIR) != 0) e = errno;
  if (e != 0) {
    write_full(report, &e, sizeof e);
    _exit(127);
  }
  /* The kernel's own CPU limit is a backstop; the agent also measures the whole cgroup. */
  rlim_t cpu_s = (rlim_t)((cpu_ms + 999) / 1000 + 1);
  struct rlimit cpu = {cpu_s, cpu_s + 1};
  setrlimit(RLIMIT_CPU, &cpu);
  if (fsize > 0) {
    struct rlimit fs = {(rlim_t)fsize, (rlim_t)fsize};
    setrlimit(RLIMIT_FSIZE, &fs);
  }
  if (address_space > 0) {
    struct rlimit as = {(rlim_t)address_space, (rlim_t)address_space};
    setrlimit(RLIMIT_AS, &as);
  }
  /* Counted per user: only where each sandbox has a kernel of its own (gVisor) does the node ask
   * for it; on the host's kernel the uid's processes in every sandbox would count. */
  if (processes > 0) {
    struct rlimit nproc = {(rlim_t)processes, (rlim_t)processes};
    setrlimit(RLIMIT_NPROC, &nproc);
  }
  struct rlimit core = {0, 0};
  setrlimit(RLIMIT_CORE, &core);
  /* It holds none of the agent's pipes any more (they are close-on-exec or replaced above). */
  execvpe(argv[0], argv, envp);
  e = errno;
  write_full(report, &e, sizeof e);
  _exit(127);
}

static void handle_execute(int live) {
  uint32_t cpu_ms = read_u32();
  uint32_t wall_ms = read_u32();
  uint32_t cap = read_u32();
  uint64_t fsize = read_u64();
  uint64_t address_space = read_u64();
  uint32_t processes = read_u32();
  uint32_t argc = read_u32();
  if (argc == 0 || argc > MAX_ARGS) {
    fprintf(stderr, "lj-agent: bad argc %u\n", argc);
    exit(2);
  }
  char **argv = calloc(argc + 1, sizeof *argv);
  for (uint32_t i = 0; i < argc; i++) argv[i] = read_str(NULL);
  uint32_t envc = read_u32();
  if (envc > MAX_ARGS) {
    fprintf(stderr, "lj-agent: bad envc %u\n", envc);
    exit(2);
  }
  char **envp = calloc(envc + 1, sizeof *envp);
  for (uint32_t i = 0; i < envc; i++) envp[i] = read_str(NULL);
  uint32_t stdin_len;
  char *stdin_data = read_str(&stdin_len);

  int in, out[2], err[2], report[2];
  live_input typed = {{0}, 0, -1, 0, 0};
  if (pipe2(err, O_CLOEXEC) || pipe2(report, O_CLOEXEC)) die("pipe");
  if (live) {
    int slave;
    int master = open_terminal(&slave);
    if (master < 0) die("terminal");
    in = slave;
    out[0] = master;
    out[1] = dup(slave);
    if (out[1] < 0) die("dup");
    typed.fd = master;
    buf_put(&typed.pending, stdin_data, stdin_len);
  } else {
    /* stdin lives in memory, not in the size-capped tmpfs, and is read like a file. */
    in = memfd_create("stdin", MFD_CLOEXEC);
    if (in < 0) die("memfd_create");
    write_full(in, stdin_data, stdin_len);
    lseek(in, 0, SEEK_SET);
    if (pipe2(out, O_CLOEXEC)) die("pipe");
  }
  free(stdin_data);

  /* A signal the node sent for an earlier execution lands before it sends the next request. */
  host_cpu_over = 0;
  long long cpu_start = cgroup_cpu_us();
  long long oom_start = cgroup_oom_kills();
  long long pids_start = cgroup_pids_refused();
  /* Without a cgroup's CPU figure the agent samples the programs' own (see main_cpu_us). */
  int sample_proc = cpu_start < 0;
  long long sampled_cpu_us = 0;
  long long start = now_us();
  long long next_sample = start;
  pid_t pid = fork();
  if (pid < 0) die("fork");
  /* Live, stderr is the terminal too, as in a console: Python writes input()'s prompt to stderr when stdin
   * and stdout are a terminal, and what is printed keeps its order. */
  if (pid == 0)
    child_exec(in, out[1], live ? out[1] : err[1], cpu_ms, fsize, address_space, processes, argv, envp,
               report[1]);
  close(in);
  close(out[1]);
  close(err[1]);
  close(report[1]);

  int start_errno = 0;
  uint32_t flags = 0;
  if (read(report[0], &start_errno, sizeof start_errno) == (ssize_t)sizeof start_errno)
    flags |= FLAG_START_FAILED;
  close(report[0]);

  stream streams[2] = {{{0}, cap, out[0], live ? 'o' : 0, 0}, {{0}, cap, err[0], live ? 'e' : 0, 0}};
  int open_streams = 2;
  int status = 0, main_done = 0, over_cap = 0;
  struct rusage usage = {0};
  long long end = 0;
  long long linger_until = 0; /* while set, processes left by the main one run on briefly */
  feed_input(&typed);
  while (open_streams > 0 || !main_done || linger_until > 0) {
    struct pollfd fds[3];
    int nfds = 0, idx[2];
    for (int i = 0; i < 2; i++) {
      if (streams[i].fd >= 0) {
        fds[nfds].fd = streams[i].fd;
        fds[nfds].events = POLLIN;
        /* the terminal also takes typed input when it has room */
        if (streams[i].fd == typed.fd && typed.pending.len > typed.offset) fds[nfds].events |= POLLOUT;
        idx[nfds++] = i;
      }
    }
    int host = -1;
    if (live && typed.pending.len - typed.offset < MAX_PENDING_INPUT) {
      host = nfds;
      fds[nfds].fd = 0;
      fds[nfds++].events = POLLIN;
    }
    if (poll(fds, (nfds_t)nfds, TICK_MS) > 0) {
      if (host >= 0 && (fds[host].revents & (POLLIN | POLLHUP))) read_live_frame(&typed, &flags);
      for (int k = 0; k < nfds; k++) {
        if (k == host) continue;
        if (fds[k].revents & POLLOUT) feed_input(&typed);
        if (fds[k].revents & (POLLIN | POLLHUP | POLLERR)) {
          stream *s = &streams[idx[k]];
          if (!drain(s, &over_cap)) {
            if (s->fd == typed.fd) typed.fd = -1;
            close(s->fd);
            s->fd = -1;
            open_streams--;
          }
        }
      }
    }
    int w;
    pid_t reaped;
    struct rusage ru;
    while ((reaped = wait4(-1, &w, WNOHANG, &ru)) > 0) {
      if (reaped == pid) {
        /* rusage of the main process and of the children it waited for */
        usage = ru;
        status = w;
        main_done = 1;
        end = now_us();
        next_sample = end; /* what it left behind is counted at once */
        /* Nothing a program started may outlive it: orphans die with their parent, after a
         * moment in which a fork bomb whose main process exits at once shows itself by hitting
         * the process limit (it would otherwise look like a clean run). */
        if (kill(-1, 0) == 0) linger_until = end + (sample_proc ? LINGER_SAMPLED_US : LINGER_US);
        else kill_everything();
      }
    }
    if (sample_proc && (!main_done || linger_until > 0) && now_us() >= next_sample) {
      next_sample = main_done ? 0 : now_us() + PROC_SAMPLE_US;
      if (!main_done) {
        long long used = main_cpu_us(pid);
        if (used > sampled_cpu_us) sampled_cpu_us = used;
        if (sampled_cpu_us > (long long)cpu_ms * 1000) flags |= FLAG_CPU;
      }
      /* At the cap: gVisor counts the main process (started as root) under root, so the programs hold
       * one thread more than RLIMIT_NPROC, and the next fork is refused. */
      if (processes > 0 && program_threads() >= (long long)processes) flags |= FLAG_PROCESS_LIMIT;
    }
    long long elapsed = now_us() - start;
    if (!main_done) {
      long long cpu_now = cgroup_cpu_us();
      if (over_cap) flags |= FLAG_OUTPUT;
      if (elapsed > (long long)wall_ms * 1000) flags |= FLAG_WALL;
      if (cpu_start >= 0 && cpu_now >= 0 && cpu_now - cpu_start > (long long)cpu_ms * 1000)
        flags |= FLAG_CPU;
      if (host_cpu_over) flags |= FLAG_CPU;
      if (flags & (FLAG_OUTPUT | FLAG_WALL | FLAG_CPU)) kill_everything();
    } else if (linger_until > 0) {
      long long refused = cgroup_pids_refused();
      if ((pids_start >= 0 && refused > pids_start) || (flags & FLAG_PROCESS_LIMIT) || now_us() > linger_until ||
          kill(-1, 0) != 0) {
        kill_everything();
        linger_until = 0;
      }
    } else if (open_streams > 0 && now_us() - end > 2000000) {
      /* A writer that escaped the kill (it cannot, but never hang the node on it). */
      for (int i = 0; i < 2; i++)
        if (streams[i].fd >= 0) {
          close(streams[i].fd);
          streams[i].fd = -1;
          open_streams--;
        }
    }
  }
  if (over_cap) flags |= FLAG_OUTPUT;
  kill_and_reap_all();
  long long cpu_end = cgroup_cpu_us();
  long long cpu_us;
  if (cpu_start >= 0 && cpu_end >= 0) {
    cpu_us = cpu_end - cpu_start;
    flags |= FLAG_CPU_FROM_CGROUP;
  } else {
    /* The main process and the children it waited for, as the agent sampled them (see main_cpu_us). */
    cpu_us = timeval_us(usage.ru_utime) + timeval_us(usage.ru_stime);
    if (sampled_cpu_us > cpu_us) cpu_us = sampled_cpu_us;
  }
  long long oom_end = cgroup_oom_kills();
  if (oom_start >= 0 && oom_end > oom_start) flags |= FLAG_OOM;
  /* A fork bomb whose main process exits at once would otherwise look like a clean run. */
  long long pids_end = cgroup_pids_refused();
  if (pids_start >= 0 && pids_end > pids_start) flags |= FLAG_PROCESS_LIMIT;

  int32_t exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  int32_t sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  char message[256] = "";
  if (flags & FLAG_START_FAILED) {
    snprintf(message, sizeof message, "cannot start %s: %s", argv[0], strerror(start_errno));
    exit_code = 127;
    sig = 0;
  }

  buffer b = {0};
  buf_put(&b, "x", 1);
  buf_u32(&b, (uint32_t)exit_code);
  buf_u32(&b, (uint32_t)sig);
  buf_u64(&b, (uint64_t)(cpu_us < 0 ? 0 : cpu_us));
  buf_u64(&b, (uint64_t)((end ? end : now_us()) - start));
  buf_u64(&b, (uint64_t)usage.ru_maxrss);
  buf_u32(&b, flags);
  buf_str(&b, streams[0].data.data ? streams[0].data.data : "", streams[0].data.len);
  buf_str(&b, streams[1].data.data ? streams[1].data.data : "", streams[1].data.len);
  buf_str(&b, message, strlen(message));
  send_buffer(&b);
  if (live) finish_live();

  free(typed.pending.data);
  free(streams[0].data.data);
  free(streams[1].data.data);
  for (uint32_t i = 0; i < argc; i++) free(argv[i]);
  for (uint32_t i = 0; i < envc; i++) free(envp[i]);
  free(argv);
  free(envp);
}

static int remove_entry(const char *path, const struct stat *sb, int type, struct FTW *ftw) {
  (void)sb;
  if (ftw->level == 0) return 0; /* keep the mount point itself */
  if (type == FTW_DP) return rmdir(path) == 0 ? 0 : -1;
  return unlink(path) == 0 ? 0 : -1;
}

/* A program may leave directories it made unreadable; give them back before removing. */
static int open_up(const char *path, const struct stat *sb, int type, struct FTW *ftw) {
  (void)sb;
  (void)ftw;
  if (type == FTW_D || type == FTW_DNR) chmod(path, 0700);
  return 0;
}

static int empty_dir(const char *dir) {
  nftw(dir, open_up, 32, FTW_PHYS);
  nftw(dir, open_up, 32, FTW_PHYS); /* a second pass reaches what the first opened */
  return nftw(dir, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}

/* SysV shared memory, message queues and semaphores outlive their processes in the container's IPC
 * namespace: a reused sandbox would hand them (and the memory they hold) to the next run. */
static void remove_ipc(int kind, int id) {
  if (kind == 0) shmctl(id, IPC_RMID, NULL);
  else if (kind == 1) msgctl(id, IPC_RMID, NULL);
  else semctl(id, 0, IPC_RMID);
}

/* gVisor's kernel lists no IPC objects (no /proc/sysvipc) but numbers each kind's in order: an
 * object made now gets the highest id yet, so every id up to it since the last reset's is removed. */
static int last_ipc_probe[3];

static void remove_ipc_by_order(int kind) {
  int probe = kind == 0   ? shmget(IPC_PRIVATE, 1, IPC_CREAT | 0600)
              : kind == 1 ? msgget(IPC_PRIVATE, IPC_CREAT | 0600)
                          : semget(IPC_PRIVATE, 1, IPC_CREAT | 0600);
  if (probe < 0) return;
  int from = probe > last_ipc_probe[kind] ? last_ipc_probe[kind] + 1 : 0; /* past a wrap: from 0 */
  for (int id = from; id <= probe; id++) remove_ipc(kind, id);
  last_ipc_probe[kind] = probe;
}

static void remove_sysv_ipc(void) {
  static const char *const tables[] = {"/proc/sysvipc/shm", "/proc/sysvipc/msg", "/proc/sysvipc/sem"};
  for (int t = 0; t < 3; t++) {
    FILE *f = fopen(tables[t], "re");
    if (!f) {
      remove_ipc_by_order(t);
      continue;
    }
    char line[512];
    if (!fgets(line, sizeof line, f)) { fclose(f); continue; } /* the header */
    while (fgets(line, sizeof line, f)) {
      int id;
      if (sscanf(line, "%*d %d", &id) != 1) continue;
      remove_ipc(t, id);
    }
    fclose(f);
  }
}

static void handle_reset(void) {
  kill_and_reap_all();
  act_as_program_user(); /* everything left to remove is the program's */
  int err = 0;
  if (empty_dir(WORK_DIR) != 0) err = errno ? errno : EIO;
  if (empty_dir(TMP_DIR) != 0 && err == 0) err = errno ? errno : EIO;
  if (access(SHM_DIR, W_OK) == 0 && empty_dir(SHM_DIR) != 0 && err == 0) err = errno ? errno : EIO;
  if (access(MQUEUE_DIR, W_OK) == 0 && empty_dir(MQUEUE_DIR) != 0 && err == 0) err = errno ? errno : EIO;
  remove_sysv_ipc();
  act_as_agent();
  reply_errno('z', err);
}

static void handle_ping(void) {
  buffer b = {0};
  buf_put(&b, "p", 1);
  buf_u32(&b, PROTOCOL_VERSION);
  const char *mode = cgroup_mode();
  buf_str(&b, mode, strlen(mode));
  send_buffer(&b);
}

static void on_term(int sig, siginfo_t *info, void *context) {
  (void)sig;
  (void)context;
  /* Sent from inside the sandbox. Only kill() from outside the pid namespace arrives as SI_USER
   * with pid 0: a program may forge si_pid 0 with rt_sigqueueinfo, but not SI_USER. */
  if (info->si_code != SI_USER || info->si_pid != 0) return;
  kill(-1, SIGKILL);
  _exit(0);
}

/* The environment's strings stay in the agent's memory, where /proc/1/environ shows them; gVisor
 * lets any process read that file. Keep heap copies (PATH is where execvpe looks) and blank the
 * originals. */
extern char **environ;
static void hide_environment(void) {
  size_t n = 0;
  while (environ[n]) n++;
  char **copy = calloc(n + 1, sizeof *copy);
  if (!copy) die("calloc");
  for (size_t i = 0; i < n; i++) {
    copy[i] = strdup(environ[i]);
    if (!copy[i]) die("strdup");
    memset(environ[i], 0, strlen(environ[i]));
  }
  environ = copy;
}

/* "UID:GID", both above 0. */
static int parse_user(const char *text) {
  char *end;
  unsigned long uid = strtoul(text, &end, 10);
  if (end == text || *end != ':') return -1;
  const char *g = end + 1;
  unsigned long gid = strtoul(g, &end, 10);
  if (end == g || *end != 0 || uid == 0 || gid == 0 || uid > 0x7fffffff || gid > 0x7fffffff) return -1;
  program_uid = (uid_t)uid;
  program_gid = (gid_t)gid;
  return 0;
}

int main(int argc, char **argv) {
  /* It kills every process it can and empties /tmp: only ever inside its own container. */
  if (getpid() != 1) {
    fprintf(stderr, "lj-agent: refusing to run: not PID 1 of a sandbox container\n");
    return 2;
  }
  if (argc != 3 || strcmp(argv[1], "--user") != 0 || parse_user(argv[2]) != 0) {
    fprintf(stderr, "lj-agent: usage: lj-agent --user UID:GID (the programs' user, not root)\n");
    return 2;
  }
  /* Root with CAP_SETUID, CAP_SETGID and CAP_KILL: enough to start programs as their user and to
   * kill them, nothing more (the container's rules drop every other capability). */
  if (getuid() != 0 || geteuid() != 0) {
    fprintf(stderr, "lj-agent: refusing to run: started as uid %u, not as root with the sandbox's capabilities\n",
            (unsigned)getuid());
    return 2;
  }
  if (setgroups(0, NULL) != 0) die("setgroups");
  hide_environment();
  /* Not dumpable: belt and braces beside the other uid (its /proc/1 stays root's). */
  if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) die("prctl(PR_SET_DUMPABLE)");
  signal(SIGPIPE, SIG_IGN);
  /* `docker stop` and an engine shutting down send SIGTERM from outside the container: end at
   * once instead of making the engine wait its stop timeout. A program inside cannot use this:
   * its signals carry its own pid, and those are ignored. */
  struct sigaction term = {0};
  term.sa_sigaction = on_term;
  term.sa_flags = SA_SIGINFO;
  sigemptyset(&term.sa_mask);
  sigaction(SIGTERM, &term, NULL);
  struct sigaction over = {0};
  over.sa_sigaction = on_host_cpu_over;
  over.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&over.sa_mask);
  sigaction(SIGUSR1, &over, NULL);
  for (;;) {
    char type;
    read_full(&type, 1);
    switch (type) {
      case 'P': handle_ping(); break;
      case 'W': handle_write(); break;
      case 'X': handle_execute(0); break;
      case 'L': handle_execute(1); break;
      case 'Z': handle_reset(); break;
      default:
        fprintf(stderr, "lj-agent: unknown request 0x%02x\n", (unsigned char)type);
        return 2;
    }
  }
}
