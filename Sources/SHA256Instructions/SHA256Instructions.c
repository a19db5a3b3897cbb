// SHA-256 on Intel's SHA extensions (x86-64 processors from about 2017 on), as Intel's white
// paper "New Instructions Supporting the Secure Hash Algorithm on Intel Architecture Processors"
// (2013) lays the rounds out: the working variables held as (A, B, E, F) and (C, D, G, H), each
// sha256rnds2 doing two rounds, the message schedule four words at a time. See the header for why
// this is C.
#include "SHA256Instructions.h"

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))

#include <cpuid.h>
#include <immintrin.h>

int rusrules_sha256_instructions_available(void) {
    static int known = -1;
    if (known >= 0) return known;
    unsigned int eax, ebx, ecx, edx;
    int available = 0;
    if (__get_cpuid(1, &eax, &ebx, &ecx, &edx) && (ecx & bit_SSSE3) && (ecx & bit_SSE4_1)
        && __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) && (ebx & bit_SHA)) {
        available = 1;
    }
    known = available;
    return available;
}

#define SHA256_TARGET __attribute__((target("sha,ssse3,sse4.1")))

// Four rounds: two instructions of two rounds each, the second taking the upper two words.
// After them the register that held (A, B, E, F) holds what is now (C, D, G, H).
#define FOUR_ROUNDS(words, group)                                                              \
    do {                                                                                       \
        __m128i message = _mm_add_epi32(                                                       \
            (words), _mm_loadu_si128((const __m128i *)(k + 4 * (group))));       \
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, message);                                     \
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(message, 0x0E));            \
    } while (0)

SHA256_TARGET
static void compress_blocks(uint32_t state[8], const uint8_t *blocks, size_t block_count, const uint32_t k[64]) {
    // The words of each block are big-endian.
    const __m128i byte_swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    // Lane 0 is the lowest: (A, B, E, F) is held as F, E, B, A and (C, D, G, H) as H, G, D, C.
    __m128i abcd = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i efgh = _mm_loadu_si128((const __m128i *)&state[4]);
    __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);
    __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
    __m128i abef = _mm_alignr_epi8(badc, hgfe, 8);
    __m128i cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);

    for (size_t block = 0; block < block_count; block++) {
        const uint8_t *data = blocks + 64 * block;
        const __m128i saved_abef = abef;
        const __m128i saved_cdgh = cdgh;
        // The message schedule, four words to a register: its last sixteen words.
        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 0)), byte_swap);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16)), byte_swap);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 32)), byte_swap);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 48)), byte_swap);
        FOUR_ROUNDS(w0, 0);
        FOUR_ROUNDS(w1, 1);
        FOUR_ROUNDS(w2, 2);
        FOUR_ROUNDS(w3, 3);
        for (int group = 4; group < 16; group++) {
            // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], four at a time.
            __m128i next = _mm_sha256msg1_epu32(w0, w1);
            next = _mm_add_epi32(next, _mm_alignr_epi8(w3, w2, 4));
            next = _mm_sha256msg2_epu32(next, w3);
            FOUR_ROUNDS(next, group);
            w0 = w1;
            w1 = w2;
            w2 = w3;
            w3 = next;
        }
        abef = _mm_add_epi32(abef, saved_abef);
        cdgh = _mm_add_epi32(cdgh, saved_cdgh);
    }

    // Back to A, B, C, D and E, F, G, H.
    __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    _mm_storeu_si128((__m128i *)&state[0], _mm_blend_epi16(feba, dchg, 0xF0));
    _mm_storeu_si128((__m128i *)&state[4], _mm_alignr_epi8(dchg, feba, 8));
}

int rusrules_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t block_count, const uint32_t k[64]) {
    if (!rusrules_sha256_instructions_available()) return 0;
    compress_blocks(state, blocks, block_count, k);
    return 1;
}

#else

int rusrules_sha256_instructions_available(void) { return 0; }

int rusrules_sha256_compress(uint32_t state[8], const uint8_t *blocks, size_t block_count, const uint32_t k[64]) {
    (void)state;
    (void)blocks;
    (void)block_count;
    (void)k;
    return 0;
}

#endif
