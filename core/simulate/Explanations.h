#pragma once
// Why a row came out as it did, and what the owner could do about it: the reason (which identifier
// failed to pass or align, and why) and the recommendation, from the row's evidence and the facts
// of the message's journey. Internal to the simulator.

#include "core/common/Message.h"
#include "core/dmarc/Evaluator.h"
#include "core/simulate/Row.h"

#include <optional>
#include <string>

namespace dmarcplan::simulate {

// What happened on the way that the recommendation depends on.
struct ScenarioFacts {
    bool forwarded = false;
    bool listModifiedWithoutRewrite = false;
    std::string listActor;
    std::string modifier; // a Modify step's actor that changed the message
    bool authorSignatureBroken = false;
    bool authorSignaturePresent = false;
    bool authorSignaturePassed = false;
    std::string thirdPartySigner; // an actor whose own-domain signature passed
};

// "SIM-REASON-*" with the evidence's identifiers; aspf/adkim as the applied policy has them.
Message reasonFor(const Row& row, const dmarc::Evaluation& evaluation, const std::string& aspf,
                  const std::string& adkim);

// "SIM-REC-*", or nothing to do (a legitimate message that passes, a spoof that cannot be judged).
std::optional<Message> recommendationFor(const Row& row, const ScenarioFacts& facts, const std::string& domain,
                                         const std::string& aspf, const std::string& adkim, bool spfRelaxedAligns);

} // namespace dmarcplan::simulate
