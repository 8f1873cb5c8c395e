/* array.h - the number of elements of an array. */
#ifndef DG_ARRAY_H
#define DG_ARRAY_H

#include <stddef.h>

/* The element count of the array `a` (not of a pointer: sizeof would
 * give the pointer's size), as a size_t constant expression. */
#define DG_COUNT(a) (sizeof(a) / sizeof *(a))

#endif
