#pragma once
// A domain's mail-authentication plan: what sends mail for it, which DKIM keys it signs with, the
// DMARC policy and its rollout stage, where reports go, and user-defined simulation scenarios.
// Stored as versioned JSON (`*.dmarcplan.json`, schema in the README, section "Plan file").
//
// Optional members are std::optional so that a plan loaded and saved again is the same document:
// nothing is added (no defaults written out) and nothing is dropped (unknown keys are rejected on
// load, so a typo is an error naming its JSON path instead of silently vanishing on save).

#include "core/common/Result.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::plan {

inline constexpr int kPlanSchemaVersion = 1;

// Options for a sending provider from the catalogue; which ones a provider takes is in its entry.
struct ProviderOptions {
    // Custom MAIL FROM (return path) host: a label relative to the plan's domain ("bounce") or a full
    // name below it. With it the provider's SPF include is published there, not at the domain.
    std::optional<std::string> returnPath;
    std::optional<std::string> region;                     // e.g. Amazon SES "ap-northeast-1"
    std::optional<std::vector<std::string>> dkimSelectors; // replaces the catalogue's selector names
    // CNAME targets that the provider's console shows per account (selector -> target name).
    std::optional<std::map<std::string, std::string>> dkimTargets;
    bool operator==(const ProviderOptions&) const = default;
};

enum class SourceKind { Mx, A, Ip, Include, Provider };
std::string_view toString(SourceKind kind);

struct Source {
    SourceKind kind = SourceKind::Mx;
    std::optional<std::string> name;    // a label for people ("office", "web shop")
    std::vector<std::string> addresses; // Ip: IPv4/IPv6 addresses or CIDR ranges
    std::string domain;                 // Include: the domain to include; Mx/A: optional other domain
    std::string provider;               // Provider: catalogue id, e.g. "google-workspace"
    std::optional<ProviderOptions> options;
    bool operator==(const Source&) const = default;
};

enum class DkimAlgorithm { RsaSha256, Ed25519Sha256 };
std::string_view toString(DkimAlgorithm algorithm);

struct DkimKey {
    std::string selector;
    DkimAlgorithm algorithm = DkimAlgorithm::RsaSha256;
    std::optional<int> keySize;           // RSA only: 1024..4096 bits (RFC 8301 §3.2)
    std::optional<std::string> publicKey; // base64 SubjectPublicKeyInfo (RSA) or raw key (Ed25519)
    std::optional<bool> testing;          // t=y
    std::optional<std::string> comment;
    bool operator==(const DkimKey&) const = default;
};

// Rollout stage: what the published record asks receivers to do today.
enum class DmarcStage { Monitor, Quarantine, Reject };
std::string_view toString(DmarcStage stage);
enum class DmarcPolicy { None, Quarantine, Reject };
std::string_view toString(DmarcPolicy policy);

struct DmarcPlan {
    DmarcStage stage = DmarcStage::Monitor;
    std::optional<bool> testing;                  // t=y (DMARCbis): ask receivers to apply one step less
    std::optional<DmarcPolicy> subdomainPolicy;   // sp=
    std::optional<DmarcPolicy> nonexistentPolicy; // np= (DMARCbis)
    std::optional<std::string> adkim;             // "r" | "s"
    std::optional<std::string> aspf;              // "r" | "s"
    std::vector<std::string> rua;                 // mailto: URIs for aggregate reports
    std::optional<std::vector<std::string>> ruf;  // mailto: URIs for failure reports
    std::optional<std::string> failureOptions;    // fo=
    // Report destinations outside the domain that the owner controls: generate emits their
    // authorisation records (<domain>._report._dmarc.<destination>, RFC 7489 §7.1).
    std::optional<std::vector<std::string>> ownReportDomains;
    bool operator==(const DmarcPlan&) const = default;
};

// One hop a simulated message takes after leaving the sender.
enum class IntermediaryType { Forward, List, Provider };
std::string_view toString(IntermediaryType type);

struct Intermediary {
    IntermediaryType type = IntermediaryType::Forward;
    std::optional<std::string> domain;     // the intermediary's own domain
    std::optional<std::string> ip;         // the address it sends from
    std::optional<bool> srs;               // rewrites the envelope sender (Sender Rewriting Scheme)
    std::optional<std::string> subjectTag; // text added to the Subject, e.g. "[members]"
    std::optional<bool> footer;            // appends a footer to the body
    std::optional<bool> rewriteFrom;       // rewrites From: to its own domain (DMARC mitigation)
    bool operator==(const Intermediary&) const = default;
};

struct Signature {
    std::string domain;
    std::string selector;
    bool operator==(const Signature&) const = default;
};

// A user-defined scenario: validated here, run by the simulator.
struct Scenario {
    std::string name;
    std::optional<std::string> description;
    std::string fromDomain;
    std::optional<std::string> mailFrom; // envelope sender address or domain; empty = null sender
    std::optional<std::string> helo;
    std::string ip;
    std::vector<Signature> signatures;
    std::vector<Intermediary> intermediaries;
    bool operator==(const Scenario&) const = default;
};

struct Plan {
    int version = kPlanSchemaVersion;
    std::string domain;
    std::optional<std::string> description;
    std::optional<int> ttl; // for generated records
    std::vector<Source> sources;
    std::optional<std::string> spfAll; // "fail" (-all, the default) | "softfail" (~all)
    std::vector<DkimKey> dkim;
    DmarcPlan dmarc;
    std::vector<Scenario> scenarios;
    bool operator==(const Plan&) const = default;
};

// A plan for a domain with sensible first steps: MX sends, one 2048-bit RSA selector, DMARC in
// monitoring with aggregate reports to dmarc-reports@<domain>.
Plan starterPlan(std::string_view domain);

// Parses and validates. Errors name the source and the JSON path: "plan.json: $.dkim[1].key_size: ...".
Result<Plan> planFromJson(std::string_view text, const std::string& sourceName);
Result<Plan> loadPlan(const std::string& path);

std::string planToJson(const Plan& plan); // 2-space indented, keys in schema order, trailing newline
Result<bool> savePlan(const Plan& plan, const std::string& path); // atomic (temporary file + rename)

// Absolute name of a host given relative to the plan's domain ("bounce" -> "bounce.example.com";
// "@" or the domain itself -> the domain; a name already below the domain stays as it is).
std::string absoluteName(const Plan& plan, std::string_view host);

} // namespace dmarcplan::plan
