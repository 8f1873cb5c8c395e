/* walk.c - files and directories to an ordered list of inputs. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/xalloc.h"
#include "read/walk.h"

struct dg_walk {
  dg_input *in;
  size_t n, cap;
};

/* The directories on the current descent, to spot symlink loops. */
typedef struct dir_id {
  dev_t dev;
  ino_t ino;
} dir_id;

dg_walk *dg_walk_new(void) { return xcalloc(1, sizeof(dg_walk)); }

void dg_walk_free(dg_walk *w)
{
  size_t i;
  if (!w)
    return;
  for (i = 0; i < w->n; i++)
    free(w->in[i].path);
  free(w->in);
  free(w);
}

static void push(dg_walk *w, char *path, int err, const char *why)
{
  xgrow(&w->in, &w->cap, w->n + 1, sizeof *w->in);
  w->in[w->n].path = path;
  w->in[w->n].err = err;
  w->in[w->n].why = why;
  w->in[w->n].special = 0;
  w->n++;
}

static int cmp_names(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_dir(dg_walk *w, const char *dir, dir_id *stack, size_t depth);

static void walk_path(dg_walk *w, char *path, dir_id *stack, size_t depth)
{
  struct stat st;
  size_t i;
  if (stat(path, &st) != 0) {
    push(w, path, errno, NULL);
    return;
  }
  if (!S_ISDIR(st.st_mode)) {
    if (S_ISREG(st.st_mode)) {
      push(w, path, 0, NULL);
    } else if (depth == 0 && (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode))) {
      push(w, path, 0, NULL);
      w->in[w->n - 1].special = 1;
    } else {
      push(w, path, 0, depth ? "not a regular file (a FIFO, device or socket in a directory "
                               "is not read)"
                             : "not a regular file");
    }
    return;
  }
  for (i = 0; i < depth; i++) {
    if (stack[i].dev == st.st_dev && stack[i].ino == st.st_ino) {
      push(w, path, ELOOP, "symbolic link loop: directory already being read");
      return;
    }
  }
  if (depth >= 256) {
    push(w, path, 0, "directories nested too deeply (more than 256 levels)");
    return;
  }
  stack[depth].dev = st.st_dev;
  stack[depth].ino = st.st_ino;
  walk_dir(w, path, stack, depth + 1);
  free(path);
}

static void walk_dir(dg_walk *w, const char *dir, dir_id *stack, size_t depth)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char **names = NULL;
  size_t n = 0, cap = 0, i;
  size_t dlen = strlen(dir);
  int slash = dlen > 0 && dir[dlen - 1] == '/';

  if (!d) {
    push(w, xstrdup(dir), errno, NULL);
    return;
  }
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.')
      continue;
    xgrow(&names, &cap, n + 1, sizeof *names);
    names[n++] = xstrdup(e->d_name);
  }
  closedir(d);
  dg_qsort(names, n, sizeof *names, cmp_names);
  for (i = 0; i < n; i++) {
    walk_path(w, xasprintf("%s%s%s", dir, slash ? "" : "/", names[i]), stack, depth);
    free(names[i]);
  }
  free(names);
}

void dg_walk_add(dg_walk *w, const char *path)
{
  dir_id stack[256];
  if (strcmp(path, "-") == 0) {
    push(w, xstrdup(path), 0, NULL);
    w->in[w->n - 1].special = 1;
    return;
  }
  if (*path == '\0') {
    push(w, xstrdup(path), ENOENT, NULL);
    return;
  }
  walk_path(w, xstrdup(path), stack, 0);
}

size_t dg_walk_count(const dg_walk *w) { return w->n; }

const dg_input *dg_walk_get(const dg_walk *w, size_t i)
{
  return i < w->n ? &w->in[i] : NULL;
}
