/* harness.h - the invariants every input must keep, shared by the
 * libFuzzer harnesses, the corpus driver run by `make check`, and the
 * property test. Each check aborts on a violation, so that libFuzzer,
 * ASan and the test driver all report it as a crash. */
#ifndef DG_HARNESS_H
#define DG_HARNESS_H

#include <stddef.h>
#include <stdint.h>

/* Maps `size` bytes and checks the facts: spans inside the text, every
 * literal valid UTF-8 without NUL, every minted IRI valid, and the same
 * bytes mapped twice give the same facts. */
void dg_harness_map(const uint8_t *data, size_t size);

/* Maps `size` bytes, emits the statements as N-Triples through raptor,
 * re-parses that output with raptor's N-Triples parser and aborts on any
 * error or on a triple count that differs. Returns the number of triples. */
unsigned long dg_harness_emit(const uint8_t *data, size_t size);

/* Frees the harness's long-lived state (mapper, Redland world) so that
 * leak checkers see a clean exit. */
void dg_harness_cleanup(void);

#endif
