/* library.c - the saved queries of the user's folder, the installed
 * folder and the built-in set, merged by name. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/xalloc.h"
#include "query/library.h"
#include "query/query_files.h"

#ifndef DG_PKGDATADIR
#error "DG_PKGDATADIR (the installed data folder) must be defined by Makefile.am"
#endif

/* A query file is small; a bigger one is a mistake (a data file saved
 * as .rq), and is refused before it is read whole. */
#define MAX_QUERY_BYTES (1024 * 1024)

typedef struct entry {
  char *name;              /* owned */
  char *path;              /* owned; NULL for a built-in query */
  dg_query_source source;
  int hides;               /* a dg_query_source, or -1 */
  const char *text;        /* built-in only: borrowed from dg_query_files */
} entry;

struct dg_library {
  entry *e;
  size_t n, cap;
};

const char *dg_query_source_name(dg_query_source s)
{
  switch (s) {
  case DG_QSRC_USER: return "user";
  case DG_QSRC_INSTALLED: return "installed";
  case DG_QSRC_BUILTIN: return "built-in";
  }
  return "built-in";
}

const char *dg_library_installed_dir(void) { return DG_PKGDATADIR "/queries"; }

/* The folder named by the user, or NULL: --query-dir, then the variable. */
static const char *named_dir(const char *user_dir)
{
  const char *env = getenv("DOCGRAPH_QUERY_DIR");
  if (user_dir && *user_dir)
    return user_dir;
  return env && *env ? env : NULL;
}

char *dg_library_user_dir(const char *user_dir)
{
  const char *named = named_dir(user_dir), *xdg, *home;
  if (named)
    return xstrdup(named);
  /* the XDG Base Directory rule: a relative XDG_CONFIG_HOME is ignored */
  xdg = getenv("XDG_CONFIG_HOME");
  if (xdg && xdg[0] == '/')
    return xasprintf("%s/docgraph/queries", xdg);
  home = getenv("HOME");
  if (home && *home)
    return xasprintf("%s/.config/docgraph/queries", home);
  return NULL;
}

/* "NAME.rq" -> 1 with the length of NAME, for a name the command line and
 * shell completion can carry as one plain word. */
static int query_file_name(const char *file, size_t *len)
{
  size_t n = strlen(file), i;
  if (n <= 3 || strcmp(file + n - 3, ".rq") != 0)
    return 0;
  n -= 3;
  if (file[0] == '.' || file[0] == '-')
    return 0;
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)file[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
          c == '-' || c == '_' || c == '.'))
      return 0;
  }
  *len = n;
  return 1;
}

static entry *find_entry(dg_library *lib, const char *name, size_t len)
{
  size_t i;
  for (i = 0; i < lib->n; i++)
    if (strlen(lib->e[i].name) == len && strncmp(lib->e[i].name, name, len) == 0)
      return &lib->e[i];
  return NULL;
}

/* Adds a query unless one of its name came from an earlier source, which
 * then hides it. `path` is taken (freed if not kept). */
static void add(dg_library *lib, const char *name, size_t len, char *path, dg_query_source src,
                const char *text)
{
  entry *e = find_entry(lib, name, len);
  if (e) {
    if (e->hides < 0)
      e->hides = (int)src;
    free(path);
    return;
  }
  xgrow(&lib->e, &lib->cap, lib->n + 1, sizeof *lib->e);
  e = &lib->e[lib->n++];
  e->name = xstrndup(name, len);
  e->path = path;
  e->source = src;
  e->hides = -1;
  e->text = text;
}

/* Adds the queries of folder `dir`. A missing folder is no error unless
 * `must_exist`. */
static dg_status scan(dg_library *lib, const char *dir, dg_query_source src, int must_exist)
{
  DIR *d = opendir(dir);
  struct dirent *de;
  if (!d) {
    if (errno == ENOENT && !must_exist)
      return DG_OK;
    return dg_fail(DG_ERR_INPUT, "cannot read the query folder '%s': %s", dir, strerror(errno));
  }
  while ((de = readdir(d)) != NULL) {
    size_t len;
    if (de->d_name[0] == '.')
      continue;
    if (!query_file_name(de->d_name, &len)) {
      size_t n = strlen(de->d_name);
      if (n > 3 && strcmp(de->d_name + n - 3, ".rq") == 0)
        dg_warn("skipped '%s/%s': a saved query's file name is letters, digits, '-', '_' and "
                "'.', then .rq", dir, de->d_name);
      continue;
    }
    add(lib, de->d_name, len, xasprintf("%s/%s", dir, de->d_name), src, NULL);
  }
  closedir(d);
  return DG_OK;
}

static int by_name(const void *a, const void *b)
{
  return strcmp(((const entry *)a)->name, ((const entry *)b)->name);
}

dg_status dg_library_open(const char *user_dir, dg_library **out)
{
  dg_library *lib = xcalloc(1, sizeof *lib);
  const dg_embedded *f;
  char *dir = dg_library_user_dir(user_dir);
  dg_status st = DG_OK;

  if (dir)
    st = dg_status_worst(st, scan(lib, dir, DG_QSRC_USER, named_dir(user_dir) != NULL));
  free(dir);
  st = dg_status_worst(st, scan(lib, dg_library_installed_dir(), DG_QSRC_INSTALLED, 0));
  for (f = dg_query_files; f->name; f++)
    add(lib, f->name, strlen(f->name) - 3, NULL, DG_QSRC_BUILTIN, f->text);
  if (lib->n)
    qsort(lib->e, lib->n, sizeof *lib->e, by_name);
  *out = lib;
  return st;
}

void dg_library_free(dg_library *lib)
{
  size_t i;
  if (!lib)
    return;
  for (i = 0; i < lib->n; i++) {
    free(lib->e[i].name);
    free(lib->e[i].path);
  }
  free(lib->e);
  free(lib);
}

size_t dg_library_count(const dg_library *lib) { return lib->n; }
const char *dg_library_name(const dg_library *lib, size_t i) { return lib->e[i].name; }
const char *dg_library_path(const dg_library *lib, size_t i) { return lib->e[i].path; }
dg_query_source dg_library_source(const dg_library *lib, size_t i) { return lib->e[i].source; }
int dg_library_hides(const dg_library *lib, size_t i) { return lib->e[i].hides; }

int dg_library_find(const dg_library *lib, const char *name, size_t *i)
{
  size_t k;
  for (k = 0; k < lib->n; k++)
    if (strcmp(lib->e[k].name, name) == 0) {
      *i = k;
      return 1;
    }
  return 0;
}

/* The bytes of the file `path`, as a string, into `b`. */
static dg_status read_query_file(const char *path, dg_buf *b)
{
  struct stat sb;
  FILE *f;
  char chunk[8192];
  size_t n;
  int e;

  /* stat first: opening a FIFO saved as NAME.rq would block */
  if (stat(path, &sb) != 0)
    return dg_fail(DG_ERR_INPUT, "cannot read the saved query '%s': %s", path, strerror(errno));
  if (!S_ISREG(sb.st_mode))
    return dg_fail(DG_ERR_INPUT, "cannot read the saved query '%s': not a regular file", path);
  if (sb.st_size > MAX_QUERY_BYTES)
    return dg_fail(DG_ERR_INPUT, "the saved query '%s' is over 1 MiB: not a query", path);
  f = fopen(path, "rb");
  if (!f)
    return dg_fail(DG_ERR_INPUT, "cannot read the saved query '%s': %s", path, strerror(errno));
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0 && b->len <= MAX_QUERY_BYTES)
    dg_buf_add(b, chunk, n);
  e = ferror(f) ? errno : 0;
  fclose(f);
  if (e)
    return dg_fail(DG_ERR_INPUT, "cannot read the saved query '%s': %s", path, strerror(e));
  if (b->len > MAX_QUERY_BYTES)
    return dg_fail(DG_ERR_INPUT, "the saved query '%s' is over 1 MiB: not a query", path);
  if (memchr(b->data, '\0', b->len))
    return dg_fail(DG_ERR_INPUT, "the saved query '%s' holds a NUL byte: not a query", path);
  return DG_OK;
}

dg_status dg_library_load(const dg_library *lib, size_t i, dg_query_def **out)
{
  const entry *e = &lib->e[i];
  dg_buf b;
  dg_status st;

  *out = NULL;
  if (!e->path) {
    char *origin = xasprintf("%s.rq", e->name);
    st = dg_query_def_parse(origin, e->text, out);
    free(origin);
    return st;
  }
  dg_buf_init(&b);
  st = read_query_file(e->path, &b);
  if (st == DG_OK)
    st = dg_query_def_parse(e->path, b.data, out);
  dg_buf_release(&b);
  return st;
}
