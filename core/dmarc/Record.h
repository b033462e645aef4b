#pragma once
// A DMARC Policy Record as published at _dmarc.<domain> (RFC 9989 §4.7), with the legacy RFC 7489
// tags pct, rf and ri kept so they can be reported. Every tag keeps its span in the record text.

#include "core/common/Finding.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::dmarc {

enum class Policy { None, Quarantine, Reject };
enum class AlignmentMode { Relaxed, Strict };
enum class PsdFlag { Yes, No, Unknown };

std::string_view toString(Policy policy);                      // "none", "quarantine", "reject"
std::optional<Policy> policyFromString(std::string_view text); // case-insensitive (ABNF literals)
std::string_view toString(AlignmentMode mode);                 // "r", "s"

// The policy one step below (t=y, RFC 9989 §4.7): reject -> quarantine -> none.
Policy lowerOneStep(Policy policy);

struct Tag {
    std::string name;  // lower case
    std::string value; // as written, surrounding whitespace removed
    Span span;         // the whole "name=value"
    Span valueSpan;
};

// One entry of rua= or ruf= (RFC 9989 §4.8 dmarc-urilist).
struct ReportUri {
    std::string uri;       // without the obsolete "!size" suffix
    std::string sizeLimit; // the obsolete "!10m" suffix without "!" (empty when absent)
    std::string scheme;    // lower case, e.g. "mailto"
    std::string address;   // mailto: local@domain
    std::string domain;    // mailto: the destination domain, normalised
    bool valid = false;    // a URI with a scheme; for mailto: an address with a valid domain
    Span span;
};

struct Record {
    std::string text;
    std::vector<Tag> tags; // in order, duplicates included

    bool hasVersion = false;                                     // v=DMARC1 is the first tag, exactly
    std::optional<Policy> p, sp, np;                             // present and valid
    bool pInvalid = false, spInvalid = false, npInvalid = false; // present with an invalid value
    PsdFlag psd = PsdFlag::Unknown;
    bool testing = false; // t=y
    AlignmentMode adkim = AlignmentMode::Relaxed;
    AlignmentMode aspf = AlignmentMode::Relaxed;
    std::vector<std::string> fo; // the fo options (default "0")
    std::vector<ReportUri> rua, ruf;
    std::optional<int> pct;      // legacy (RFC 7489), 0..100
    std::string rf;              // legacy
    std::optional<long long> ri; // legacy

    const Tag* find(std::string_view name) const; // the first tag of that name
    // p, or none when p is absent (RFC 9989 §4.7 "treated as if it included p=none").
    Policy domainPolicy() const { return p.value_or(Policy::None); }
    bool hasValidRua() const;
};

} // namespace dmarcplan::dmarc
