#pragma once
// Every record a plan asks for: SPF at the domain (and at custom return paths), DKIM keys and the
// CNAMEs of providers that host them, DMARC, and the report authorisation records of destinations
// the owner controls. Values a provider's console assigns per account and the plan does not hold yet
// are "pending" records with a PLAN-PENDING-VALUE finding, never invented.

#include "core/common/Finding.h"
#include "core/common/Result.h"
#include "core/dns/ZoneData.h"
#include "core/plan/Catalogue.h"
#include "core/plan/Plan.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::plan {

struct GeneratedRecord {
    std::string name;                 // absolute owner name, no trailing dot
    std::string type;                 // "TXT", "CNAME", "MX"
    std::string value;                // TXT: the whole text; CNAME/MX: the target
    std::vector<std::string> strings; // TXT: the text cut into character-strings of at most 255 bytes
    int preference = 0;               // MX
    unsigned ttl = 3600;
    std::string purpose;  // "spf", "dkim", "dmarc", "report_authorization", "return_path"
    std::string source;   // where in the plan it comes from: "sources[2] (postmark)", "dkim[0]"
    bool pending = false; // the value is not known yet (see the findings)
};

struct GenerateOptions {
    // Folder of DKIM private keys "<selector>.<domain>.pem". A plan key without public_key uses the
    // key found there, or a new pair is generated and written there (mode 0600, never overwritten).
    std::optional<std::string> keysDir;
};

struct GeneratedPlan {
    std::string domain;
    std::vector<GeneratedRecord> records;
    Findings findings;
};

// Input errors: an unusable DMARC description, a key folder that cannot be written.
Result<GeneratedPlan> generateRecords(const Plan& plan, const Catalogue& catalogue,
                                      const GenerateOptions& options = {});

// Zone-file lines ("name. TTL IN TYPE value"; pending records as comments).
std::string toZoneText(const GeneratedPlan& generated);
// Host relative to the plan's domain ("@" for the domain itself), as registrars' forms ask for it.
std::string relativeHost(const std::string& name, const std::string& domain);
// The records as an in-memory zone (pending ones left out), for linting what a plan would publish.
dns::ZoneData toZoneData(const GeneratedPlan& generated, const std::string& sourceName);

nlohmann::json toJson(const GeneratedRecord& record, const std::string& domain);
nlohmann::json toJson(const GeneratedPlan& generated); // {domain, records:[...], findings}

} // namespace dmarcplan::plan
