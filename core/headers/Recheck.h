#pragma once
// Evaluates an analysed message again against today's DNS: SPF with the client IP the receiver
// recorded (Received-SPF or its Received line), every DKIM signature, and DMARC from those, then
// says method by method where today's answer differs from what the receiver recorded.

#include "core/common/Message.h"
#include "core/dkim/Verifier.h"
#include "core/dmarc/Evaluator.h"
#include "core/headers/HeaderAnalyser.h"
#include "core/spf/Evaluator.h"

#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::headers {

struct RecheckItem {
    std::string method;   // "spf", "dkim", "dmarc"
    std::string recorded; // what the receiver recorded ("" when it recorded nothing)
    std::string today;    // what today's DNS gives
    bool differs = false;
    Message message; // HEADERS-RECHECK-SAME or HEADERS-RECHECK-DIFFERS
};

struct Recheck {
    std::optional<spf::CheckOutcome> spf; // absent without a client IP
    std::vector<dkim::SignatureCheck> dkim;
    dmarc::EvaluationInput input;
    dmarc::Evaluation dmarc;
    std::vector<RecheckItem> items;
    std::vector<Message> notes; // e.g. HEADERS-RECHECK-NO-IP
};

Recheck recheckMessage(const HeaderAnalysis& analysis, dns::ResolverPtr resolver,
                       dmarc::OrgDomainMethod method = dmarc::OrgDomainMethod::Psl);

} // namespace dmarcplan::headers
