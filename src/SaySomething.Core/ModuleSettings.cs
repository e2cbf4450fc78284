using System.Runtime.CompilerServices;

// Stack buffers on the hot path (host labels, normalised hosts) are written before they are read; zeroing them on
// every call costs more than the scan of a short post.
[module: SkipLocalsInit]
