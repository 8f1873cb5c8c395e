/* embedded.c - the generated tables of data files. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/embedded.h"
#include "base/xalloc.h"

#include "base/gazetteer_files.inc"

/* The text of the embedded gazetteer file `name`, or NULL. */
static const char *gazetteer_text(const char *name)
{
  const dg_embedded *e;
  for (e = dg_gazetteer_files; e->name; e++)
    if (strcmp(e->name, name) == 0)
      return e->text;
  return NULL;
}

int dg_embedded_rows(const char *name, void (*fn)(char **fields, size_t n, void *ud), void *ud)
{
  const char *p = gazetteer_text(name);
  char *line = NULL;
  size_t cap = 0;
  if (!p)
    return 0;
  while (p && *p) {
    const char *nl = strchr(p, '\n');
    size_t len = nl ? (size_t)(nl - p) : strlen(p);
    char *fields[16];
    size_t n = 0;
    char *q;
    xgrow(&line, &cap, len + 1, 1);
    memcpy(line, p, len);
    line[len] = '\0';
    p = nl ? nl + 1 : NULL;
    if (len == 0 || line[0] == '#')
      continue;
    q = line;
    fields[n++] = q;
    while ((q = strchr(q, '\t')) != NULL && n < 16) {
      *q++ = '\0';
      fields[n++] = q;
    }
    fn(fields, n, ud);
  }
  free(line);
  return 1;
}
