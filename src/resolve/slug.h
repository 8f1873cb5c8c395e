/* slug.h - turn any text into a safe, deterministic IRI path segment. */
#ifndef DG_SLUG_H
#define DG_SLUG_H

#include <stddef.h>

/* Longest slug before it is cut and given a hash suffix. */
#define DG_SLUG_MAX 80

/* Returns a new slug for `s` (`len` bytes of UTF-8; invalid bytes are
 * tolerated): lowercase ASCII letters and digits joined by '-', accents
 * folded ("Rozmán" -> "rozman"). A name whose key (dg_text_key()) is not
 * ASCII, that is one in another script, is transliterated by ICU and ends
 * in "-" + 8 hex digits of the SHA-256 of its key ("Путин" ->
 * "putin-9c7106a5"); a letter ICU leaves outside ASCII is percent-encoded
 * as UTF-8. Over DG_SLUG_MAX bytes a slug is cut at a hyphen and ends in
 * "-" + 8 hex digits of the SHA-256 of `s` (of the key, for a
 * transliterated one); an empty result becomes "x-" + that hash. The
 * result only ever contains [a-z0-9%-A-F], so it is valid in any IRI.
 * Thread-safe. Free with free(). */
char *dg_slug(const char *s, size_t len);

/* Closes the transliterators dg_slug() opened and frees ICU's caches
 * (u_cleanup()) if it used ICU. Call once at exit, when no other thread
 * runs dg_slug() and no other library in the process holds ICU objects. */
void dg_slug_cleanup(void);

/* Returns a new string: the version of the ICU that transliterates, which
 * the slugs of names in other scripts depend on ("72.1"). Free with
 * free(). */
char *dg_slug_icu_version(void);

/* Returns a new string: `s` with every byte outside RFC 3987's iunreserved
 * set (and outside "/:#?@!$&'()*+,;=" when keep_reserved) percent-encoded.
 * Free with free(). */
char *dg_percent_encode(const char *s, size_t len, int keep_reserved);

#endif
