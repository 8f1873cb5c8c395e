/* sha256.h - SHA-256 digests as lowercase hex. */
#ifndef DG_SHA256_H
#define DG_SHA256_H

#include <stddef.h>

#define DG_SHA256_HEX_LEN 64

/* Writes the hex SHA-256 of `data` (`len` bytes) and a NUL into `hex`,
 * which must hold DG_SHA256_HEX_LEN + 1 bytes. */
void dg_sha256_hex(const void *data, size_t len, char hex[DG_SHA256_HEX_LEN + 1]);

#endif
