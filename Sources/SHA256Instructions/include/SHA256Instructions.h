// SHA-256's compression function on the processor's own SHA instructions.
//
// A report names its input by SHA-256; over a file of a million cases, plain Swift hashes more
// slowly than the engine decides. Swift cannot enable an instruction set for one function, and a
// flag for a whole Swift target (`-Xcc -msha`) is an "unsafe" flag that SwiftPM refuses in a
// package used as a dependency, so this one function is C, marked for the instructions it uses,
// and run only where the processor reports them. Elsewhere RusRules hashes in plain Swift
// (Support/SHA256.swift); the tests hold both to the same digests.
#ifndef RUSRULES_SHA256_INSTRUCTIONS_H
#define RUSRULES_SHA256_INSTRUCTIONS_H

#include <stddef.h>
#include <stdint.h>

/// Whether this processor has the SHA instructions (with SSSE3 and SSE4.1, which they are used
/// with): 1 or 0; always 0 where this file is not built for x86-64.
int rusrules_sha256_instructions_available(void);

/// Compresses `block_count` 64-byte blocks at `blocks` into `state` (FIPS 180-4 §6.2.2: A to H)
/// with the 64 round constants `k` (FIPS 180-4 §4.2.2, held once, by the Swift caller), and
/// returns 1; returns 0, leaving `state` as it was, where the instructions are not available.
int rusrules_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t block_count, const uint32_t k[64]);

#endif
