#ifndef HEAP_TUNING_H
#define HEAP_TUNING_H

/// Lets glibc keep freed memory for reuse: blocks up to 4 MiB come from the heap, the heap grows
/// and shrinks by 16 MiB at a time, and up to 16 MiB freed at its top stay there. By default
/// glibc hands a freed block above 128 KiB back to the kernel and trims the heap as soon as it
/// can, so rusctl's 1 MiB read buffers were faulted in and zeroed again for every chunk of a
/// large input (17 000 page faults over 66 MB; 2 600 with this). Does nothing where the C
/// library is not glibc. (Swift cannot call mallopt: <malloc.h> is not in the Glibc module.)
void heap_tuning_keep_freed_memory(void);

#endif
