/* embedded.c - the generated tables of data files. */
#include "config.h"

#include <string.h>

#include "base/embedded.h"

#include "base/gazetteer_files.inc"

const char *dg_embedded_gazetteer(const char *name)
{
  const dg_embedded *e;
  for (e = dg_gazetteer_files; e->name; e++)
    if (strcmp(e->name, name) == 0)
      return e->text;
  return NULL;
}
