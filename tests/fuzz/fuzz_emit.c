/* fuzz_emit.c - libFuzzer harness: facts to N-Triples, re-parsed by raptor;
 * any output raptor rejects is a crash. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  dg_harness_emit(data, size);
  return 0;
}
