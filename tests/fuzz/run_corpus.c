/* run_corpus.c - runs both harnesses over every file of the fuzz seed
 * corpus and of the regression inputs (each input that ever found a bug),
 * without libFuzzer, so `make check` keeps them fixed. Prints TAP. */
#include "config.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "../tap.h"

static int cmp(const void *a, const void *b)
{
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_dir(const char *dir)
{
  DIR *d = opendir(dir);
  struct dirent *e;
  char *names[4096];
  size_t n = 0, i;
  if (!d) {
    ok(0, "cannot open %s", dir);
    return;
  }
  while ((e = readdir(d)) != NULL && n < 4096)
    if (e->d_name[0] != '.')
      names[n++] = strdup(e->d_name);
  closedir(d);
  qsort(names, n, sizeof *names, cmp);
  for (i = 0; i < n; i++) {
    char path[4096];
    FILE *fp;
    unsigned char *buf;
    long len;
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    fp = fopen(path, "rb");
    if (!fp || fseek(fp, 0, SEEK_END) != 0 || (len = ftell(fp)) < 0) {
      ok(0, "cannot read %s", path);
      if (fp)
        fclose(fp);
      free(names[i]);
      continue;
    }
    rewind(fp);
    buf = malloc((size_t)len + 1);
    if (fread(buf, 1, (size_t)len, fp) != (size_t)len)
      len = 0;
    fclose(fp);
    dg_harness_map(buf, (size_t)len);
    {
      unsigned long t = dg_harness_emit(buf, (size_t)len);
      ok(t > 0, "%s: invariants hold, %lu triples re-parsed by raptor", names[i], t);
    }
    free(buf);
    free(names[i]);
  }
}

int main(int argc, char **argv)
{
  const char *src = getenv("srcdir");
  char dir[4096];
  int i;
  if (argc > 1) {
    for (i = 1; i < argc; i++)
      run_dir(argv[i]);
  } else {
    snprintf(dir, sizeof dir, "%s/tests/fuzz/corpus", src ? src : ".");
    run_dir(dir);
    snprintf(dir, sizeof dir, "%s/tests/fuzz/regressions", src ? src : ".");
    run_dir(dir);
  }
  dg_harness_cleanup();
  return tap_done();
}
