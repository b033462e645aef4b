#pragma once
// How far the static walks of an SPF include tree (the linter's lookup tree, `check`'s batched walk)
// may go. RFC 7208 §4.6.4 bounds what one evaluation may cost: at most 10 terms that query DNS
// (include, a, mx, ptr, exists, redirect), at most 2 void lookups, at most 10 names per mx and ptr.
// A receiver stops there; a linter keeps going a little further to say by how much a record is over,
// but a hostile record must not make it ask without end (each include can name ten more includes), so
// the walks stop at a hard cap on the terms they follow and on the include depth. Both walks visit the
// terms in the same order (the order of evaluation, depth first) and stop at the same places, so what
// `check` prefetches in parallel is exactly what the linter reads afterwards.

#include <cstddef>

namespace dmarcplan::spf::limits {

inline constexpr int kDnsTerms = 10;          // RFC 7208 §4.6.4: more gives permerror
inline constexpr int kVoidLookups = 2;        // RFC 7208 §4.6.4: more gives permerror
inline constexpr std::size_t kMxNames = 10;   // RFC 7208 §4.6.4: more MX names gives permerror
inline constexpr std::size_t kPtrNames = 10;  // RFC 7208 §4.6.4: names past the 10th are ignored
inline constexpr std::size_t kWalkTerms = 50; // DNS-querying terms one walk follows (5x the limit)
inline constexpr int kWalkDepth = 10;         // include/redirect levels: deeper is over 10 lookups anyway

} // namespace dmarcplan::spf::limits
