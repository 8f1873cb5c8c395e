/* slug.h - turn any text into a safe, deterministic IRI path segment. */
#ifndef DG_SLUG_H
#define DG_SLUG_H

#include <stddef.h>

/* Longest slug before it is cut and given a hash suffix. */
#define DG_SLUG_MAX 80

/* Returns a new slug for `s` (`len` bytes of UTF-8; invalid bytes are
 * tolerated): lowercase ASCII letters and digits joined by '-', accents
 * folded ("Rozmán" -> "rozman"), other scripts percent-encoded as UTF-8
 * ("Путин" -> "%D0%BF%D1%83..."). Over DG_SLUG_MAX bytes it is cut at a
 * hyphen and ends in "-" + 8 hex digits of the SHA-256 of the whole key; an
 * empty result becomes "x-" + that hash. The result only ever contains
 * [a-z0-9%-A-F], so it is valid in any IRI. Free with free(). */
char *dg_slug(const char *s, size_t len);

/* Returns a new string: `s` with every byte outside RFC 3987's iunreserved
 * set (and outside "/:#?@!$&'()*+,;=" when keep_reserved) percent-encoded.
 * Free with free(). */
char *dg_percent_encode(const char *s, size_t len, int keep_reserved);

#endif
