#pragma once
// The journey of one scenario's message: the sample message sent from the sender's server, signed
// as the scenario says, then taken through every step (relays, forwarders with or without SRS,
// mailing lists and gateways that tag the subject, add footers, rewrite From or sign themselves),
// each hop adding its trace field. What arrives is what the receiver authenticates. Internal to the
// simulator.

#include "core/common/Result.h"
#include "core/mail/MailMessage.h"
#include "core/simulate/Explanations.h"
#include "core/simulate/Overlay.h"

#include <functional>
#include <map>
#include <string>

namespace dmarcplan::simulate {

// The message as the receiver gets it and the identities it sees.
struct Journey {
    mail::MailMessage message;
    std::string from;     // the From domain (a list may have rewritten it)
    std::string mailFrom; // the envelope sender ("" = <>)
    std::string ip;       // the last hop
    std::string helo;
    std::map<std::string, SigningKey> signers; // "d=/s=" -> who signed, for the evidence
    ScenarioFacts facts;
};

// Adds the DKIM-Signature made with `key` to `message` (the simulator signs, caching signatures).
using SignFunction = std::function<Result<bool>(mail::MailMessage& message, const SigningKey& key)>;

// Sends the scenario's message and takes it through its steps; the path, the changes and the notes
// go to `evidence`. Errors: a key that cannot be generated or used.
Result<Journey> travel(const SimulatorOptions& options, const Scenario& scenario, const Parameters& parameters,
                       const Variables& vars, Evidence& evidence, const SignFunction& sign);

} // namespace dmarcplan::simulate
