/* fuzz_map.c - libFuzzer harness: bytes in, facts out, invariants kept. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  dg_harness_map(data, size);
  return 0;
}
