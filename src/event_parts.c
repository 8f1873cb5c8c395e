/* event_parts.c - which lines of a page tell of which event.
 *
 * A page may tell of several events: an event page of its own event and,
 * in a listing, of related ones; a calendar or a weekly digest of a dozen;
 * an article of a named summit in its prose. Each event gets the stretch
 * of lines that tells of it, so that its date, place and people are read
 * from its own lines and not from its neighbour's. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "xalloc.h"

void dg_event_parts_free(dg_event_part *parts, size_t n)
{
  size_t i;
  if (!parts)
    return;
  for (i = 0; i < n; i++)
    free(parts[i].title);
  free(parts);
}

size_t dg_event_parts_find(dg_page *pg, dg_pageinfo *info, dg_event_part **parts)
{
  dg_event_part *v = NULL;
  size_t n = 0, cap = 0;
  if (info->is_event && info->title.text) {
    dg_event_part *p;
    xgrow(&v, &cap, n + 1, sizeof *v);
    p = &v[n++];
    memset(p, 0, sizeof *p);
    p->lo = 0;
    p->hi = pg->n_lines;
    p->title = xstrdup(info->title.text);
    p->span = info->title.span;
    p->cls = info->event_class;
    p->main = 1;
    p->rel = DG_P_DESCRIBES;
    p->rule = "main-event";
  }
  *parts = v;
  return n;
}
