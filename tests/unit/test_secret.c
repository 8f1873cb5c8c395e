/* test_secret.c - passwords masked in store specs and URLs, and store
 * specs read without touching a store. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "base/secret.h"
#include "store/store_spec.h"
#include "../tap.h"

static void masks(const char *in, const char *want)
{
  char *got = dg_secret_mask(in);
  is_str(got, want, "mask '%s'", in);
  free(got);
}

/* The spec's kind and shown name, or "usage" when it is refused. */
static void spec(const char *in, const char *want)
{
  dg_store_spec s;
  char *why = NULL, *got;
  if (dg_store_spec_parse(in, &s, &why) == DG_OK)
    got = strdup(s.shown);
  else
    got = strdup("usage");
  is_str(got, want, "spec '%s'", in);
  ok(why == NULL || strstr(why, "s3cr3t") == NULL, "... the message has no password");
  free(got);
  free(why);
  dg_store_spec_release(&s);
}

int main(void)
{
  masks("docgraph.store", "docgraph.store");
  masks("postgresql://me:s3cr3t@db.example.org:5432/g", "postgresql://me:***@db.example.org:5432/g");
  masks("postgresql://me@db.example.org/g", "postgresql://me@db.example.org/g");
  masks("http://me:p@ss/w@example.org/sparql?x=1", "http://me:***@example.org/sparql?x=1");
  masks("http://example.org:8890/sparql", "http://example.org:8890/sparql");
  masks("virtuoso:dsn=x;uid=dba;password=s3cr3t", "virtuoso:dsn=x;uid=dba;password=***");
  masks("odbc:DSN=x;PWD=s3cr3t;UID=a", "odbc:DSN=x;PWD=***;UID=a");
  masks("http://e.org/q?user=a&pass=s3cr3t&x=1", "http://e.org/q?user=a&pass=***&x=1");
  masks("passage=1", "passage=1");
  ok(dg_secret_found("a;secret=1") && !dg_secret_found("mysecret=1"), "dg_secret_found");

  spec("docgraph.store", "docgraph.store");
  spec("./a:b", "./a:b");
  spec("/srv/x:y", "/srv/x:y");
  spec("hashes:/tmp/h", "hashes:/tmp/h");
  spec("HASHES:/tmp/h", "HASHES:/tmp/h");
  spec("hashes:", "usage");
  spec("postgresql://me:s3cr3t@h:6543/db", "postgresql://me@h:6543/db");
  spec("postgresql://me@h/db", "postgresql://me@h:5432/db");
  spec("postgresql://me:s3@cr/3t@h/db", "postgresql://me@h:5432/db");
  spec("postgresql://me@[::1]:7/db", "postgresql://me@[::1]:7/db");
  spec("postgresql://me:s3cr3t@h", "usage");
  spec("postgresql://me:s3cr3t@h:port/db", "usage");
  spec("postgresql://me:s3 cr3t@h/db", "usage");
  spec("postgresql:me:s3cr3t@h/db", "usage");
  spec("virtuoso:dsn=x;password=s3cr3t", "usage");
  spec("file:///tmp/x", "usage");
  spec("dsn=x;pwd=s3cr3t", "usage");
  {
    dg_store_spec s;
    char *why = NULL;
    dg_store_spec_parse("postgresql://me:s3cr3t@[::1]/db", &s, &why);
    is_str(s.host, "::1", "an IPv6 host goes to libpq without brackets");
    is_str(s.password, "s3cr3t", "... the password is kept for the server");
    dg_store_spec_release(&s);
  }
  dg_store_spec_release(NULL);
  ok(1, "dg_store_spec_release(NULL)");
  return tap_done();
}
