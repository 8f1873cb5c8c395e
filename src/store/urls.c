/* urls.c - a manifest of crawled pages: which URL each file came from. */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/log.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "resolve/iri.h"
#include "store/store.h"
#include "store/urls.h"

struct dg_urls {
  dg_strmap *by_key;   /* dg_store_path_key() -> index into url */
  char **url;          /* owned */
  size_t n, cap;
};

static dg_urls *urls_new(void)
{
  dg_urls *u = xcalloc(1, sizeof *u);
  u->by_key = dg_strmap_new();
  return u;
}

static void urls_put(dg_urls *u, const char *path, const char *url)
{
  char *key = dg_store_path_key(path);
  xgrow(&u->url, &u->cap, u->n + 1, sizeof *u->url);
  u->url[u->n] = xstrdup(url);
  dg_strmap_put(u->by_key, key, strlen(key), u->n);
  u->n++;
  free(key);
}

dg_urls *dg_urls_one(const char *path, const char *url)
{
  dg_urls *u = urls_new();
  urls_put(u, path, url);
  return u;
}

dg_status dg_urls_load(const char *manifest, dg_urls **out)
{
  FILE *f = fopen(manifest, "rb");
  dg_urls *u;
  dg_buf line, path;
  const char *slash = strrchr(manifest, '/');
  unsigned long n = 0;
  dg_status st = DG_OK;
  int c;

  *out = NULL;
  if (!f)
    return dg_fail(DG_ERR_INPUT, "cannot read '%s': %s", manifest, strerror(errno));
  u = urls_new();
  dg_buf_init(&line);
  dg_buf_init(&path);
  do {
    char *tab;
    dg_buf_clear(&line);
    while ((c = fgetc(f)) != EOF && c != '\n')
      dg_buf_addc(&line, (char)c);
    if (c == EOF && line.len == 0)
      break;
    n++;
    if (line.len && line.data[line.len - 1] == '\r')
      line.data[--line.len] = '\0';
    if (line.len == 0 || line.data[0] == '#')
      continue;
    tab = strchr(line.data, '\t');
    if (!tab || tab == line.data || strchr(tab + 1, '\t')) {
      st = dg_fail(DG_ERR_INPUT, "%s:%lu: not a 'path<TAB>url' line", manifest, n);
      break;
    }
    *tab = '\0';
    if (!dg_iri_is_valid(tab + 1)) {
      st = dg_fail(DG_ERR_INPUT, "%s:%lu: '%s' is not an absolute IRI", manifest, n, tab + 1);
      break;
    }
    dg_buf_clear(&path);
    if (line.data[0] != '/' && slash)
      dg_buf_add(&path, manifest, (size_t)(slash - manifest) + 1);
    dg_buf_adds(&path, line.data);
    urls_put(u, path.data, tab + 1);
  } while (c != EOF);
  if (st == DG_OK && ferror(f))
    st = dg_fail(DG_ERR_IO, "cannot read '%s': %s", manifest, strerror(errno));
  fclose(f);
  dg_buf_release(&line);
  dg_buf_release(&path);
  if (st != DG_OK) {
    dg_urls_free(u);
    return st;
  }
  *out = u;
  return DG_OK;
}

const char *dg_urls_find(const dg_urls *u, const char *path)
{
  char *key;
  size_t i;
  int found;
  if (!u)
    return NULL;
  key = dg_store_path_key(path);
  found = dg_strmap_get(u->by_key, key, strlen(key), &i);
  free(key);
  return found ? u->url[i] : NULL;
}

void dg_urls_free(dg_urls *u)
{
  size_t i;
  if (!u)
    return;
  for (i = 0; i < u->n; i++)
    free(u->url[i]);
  free(u->url);
  dg_strmap_free(u->by_key);
  free(u);
}
