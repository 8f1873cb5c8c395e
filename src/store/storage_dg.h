/* storage_dg.h - "docgraph", a librdf storage of docgraph's own.
 *
 * An in-memory quad store (interned node ids, a hash index for every
 * access pattern, contexts) persisted in a directory as a compact binary
 * snapshot plus an append-only journal of checksummed records. One record
 * is one transaction, so a reader or a restarted writer sees each
 * transaction whole or not at all, whatever moment the writer was killed.
 *
 * Use it through the librdf API once it is registered:
 *
 *   dg_storage_dg_register(world);
 *   st = librdf_new_storage(world, "docgraph", "/path/to/dir", "write='yes'");
 *
 * Options: write='yes' opens for writing (creating the directory if it
 * does not exist, taking the writer's lock); without it the store is read
 * only and must exist. A NULL name gives a store that lives in memory
 * only. union='yes' starts it in union mode (see
 * dg_storage_dg_set_union). Mutations made inside librdf_storage_transaction_start()/commit()
 * become one durable journal record at commit (and are applied to memory
 * only then); mutations outside a transaction are applied at once and
 * made durable, as one record, at librdf_storage_sync() or close. */
#ifndef DG_STORAGE_DG_H
#define DG_STORAGE_DG_H

#include <stdint.h>
#include <redland.h>

/* The on-disk format this code writes; it reads this one and older.
 * 2: every file header and every journal record header carries a CRC-32
 * of its own (format 1 stores are read, and rewritten in format 2 by the
 * first writer). */
#define DG_STORAGE_FORMAT 2

/* Why the last operation of a "docgraph" storage failed. */
typedef enum dg_storage_err {
  DG_STORAGE_OK = 0,
  DG_STORAGE_ENOENT,    /* no store there (read mode) */
  DG_STORAGE_ELOCKED,   /* another process holds the writer's lock */
  DG_STORAGE_ENEWER,    /* written by a newer docgraph (format version) */
  DG_STORAGE_ECORRUPT,  /* not a docgraph store, or a damaged snapshot */
  DG_STORAGE_EIO,       /* a system call failed; see the message */
  DG_STORAGE_EUSAGE     /* the call is not allowed here (read only, nested) */
} dg_storage_err;

/* Registers the "docgraph" factory with `world`; calling it again for the
 * same world is harmless. Returns 0 on success. */
int dg_storage_dg_register(librdf_world *world);

/* The last failure of any "docgraph" storage in this process, as a code
 * and a message without the "docgraph: error:" prefix (static storage,
 * valid until the next failure). librdf's storage calls can only return
 * a number; this carries the reason (e.g. the pid holding the lock). */
dg_storage_err dg_storage_dg_last_error(void);
const char *dg_storage_dg_last_message(void);
/* The pid in the lock's message when the last error was ELOCKED, else 0. */
long dg_storage_dg_lock_holder(void);

/* Union mode: a find without a context (librdf_model_find_statements,
 * contains, serialise) answers from the union of all graphs, giving each
 * distinct triple once with no context, as the default graph of a SPARQL
 * engine does; finds in a context are unchanged. Off by default: then a
 * triple held by n graphs is found n times, each with its graph, as with
 * Redland's hashes storage. SPARQL's GRAPH ?g needs that (librdf finds
 * it without a context and reads the graph of each statement), so turn
 * this on only for queries without GRAPH. Such a find walks index lists
 * that hold each distinct triple once, so its cost does not grow with the
 * number of graphs repeating a triple. */
void dg_storage_dg_set_union(librdf_storage *st, int on);

/* Scatter mode: every find returns its statements in a fixed shuffled
 * order instead of index order. For queries: rasqal's ORDER BY inserts
 * rows into an unbalanced tree, which is quadratic on rows that arrive
 * sorted (item 4 at the top of query/rasqal_compat.c). */
void dg_storage_dg_set_scatter(librdf_storage *st, int on);

/* Hidden graph: finds that do not name graph `g` (borrowed; NULL for
 * none) do not see its statements, nor does the list of contexts; a
 * triple that is also in another graph is still seen through that one.
 * For queries: the store's records are bookkeeping, not data. Set it
 * after every change the finds should see (a node the store does not
 * hold yet hides nothing). */
void dg_storage_dg_set_hidden(librdf_storage *st, librdf_node *g);

/* Rewrites the snapshot with everything committed so far and empties the
 * journal (temporary file, fsync, rename: the store is the same before and
 * after, whatever moment it is killed). A writable storage does this
 * by itself at close when the journal has grown large. Returns 0 on
 * success. `st` must be a "docgraph" storage opened for writing. */
int dg_storage_dg_compact(librdf_storage *st);

/* 1 if the journal has grown enough that dg_storage_dg_compact() is
 * worth its cost (larger than 1 MiB and than half the snapshot). */
int dg_storage_dg_compact_due(librdf_storage *st);

/* Bytes on disk (snapshot + journal) when opened; 0 in memory. */
uint64_t dg_storage_dg_disk_bytes(librdf_storage *st);

/* One finding of dg_storage_dg_fsck(): `level` 0 is a fact, 1 a loss
 * or a repair, 2 damage. `line` is borrowed for the call. */
typedef void (*dg_fsck_report)(void *ud, int level, const char *line);

/* Checks the store in directory `dir` byte for byte without opening it
 * for use: both headers, the snapshot, every journal record, and says
 * what it finds and what can be recovered through `report`. With
 * `salvage` (taking the writer's lock), a damaged store is rewritten with
 * everything that checks (the snapshot if it does, then every whole
 * record, in order, the damaged ones skipped), and the damaged files are
 * kept beside it as snapshot.damaged and journal.damaged. Returns 0 if
 * the store is whole (a torn tail is no damage), 1 if it is damaged,
 * 2 if it was damaged and is now salvaged, -1 if the check could not run
 * (see dg_storage_dg_last_message()). */
int dg_storage_dg_fsck(librdf_world *world, const char *dir, int salvage,
                       dg_fsck_report report, void *ud);

/* 1 if a storage opened for writing has lost its journal: the store's
 * directory or its journal was deleted or replaced while it was open. */
int dg_storage_dg_vanished(librdf_storage *st);

/* For tests: the number of interned nodes and index heads. */
void dg_storage_dg_counts(librdf_storage *st, uint64_t *nodes, uint64_t *quads,
                          uint64_t *graphs);

#endif
