#pragma once
// One row of the combination table and what backs it: the columns users know (SPF, SPF aligned,
// DKIM, DKIM aligned, DMARC, disposition), a one-line reason, a recommendation for rows that fail,
// and the evidence the engines produced.

#include "core/common/Message.h"
#include "core/simulate/Parameters.h"
#include "core/spf/Evaluator.h"

#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dmarcplan::simulate {

// A DKIM signature found on the message the receiver got, and what verification said of it.
struct SignatureEvidence {
    std::string signer;        // "author", "delegated", "actor" (third party), or "step" (added on the way)
    std::string actor;         // whose key signed ("own" for the author's own server)
    std::string domain;        // d=
    std::string selector;      // s=
    std::string algorithm;     // a=
    std::string result;        // pass | fail | neutral | temperror | permerror | none
    std::string reason;        // the verifier's reason (snake_case), "none" when it passed
    Message explanation;       // the verifier's explanation (context "Results")
    bool authorDomain = false; // d= is the From domain's (relaxed alignment): DMARC cares about it
    bool aligned = false;      // a pass that aligned under the policy's adkim
};

struct Hop {
    std::string actor;
    std::string ip;
    std::string helo;
    std::string action; // "send", "relay", "forward", "forward-srs", "list", "modify"
};

struct Evidence {
    std::string fromDomain; // the From domain the receiver evaluated (a list may have rewritten it)
    std::string mailFrom;   // envelope sender at the receiver ("" = <>)
    std::string ip;         // last hop
    std::string helo;
    std::vector<Hop> path;
    std::vector<std::string> changes; // what intermediaries changed: "subject_tag", "footer", "from", "envelope"
    // SPF
    std::string spfDomain;
    std::string spfExplanation;
    std::string spfDecidingTerm;
    int spfDnsLookups = 0;
    std::vector<spf::TraceStep> spfTrace;
    // DKIM
    std::vector<SignatureEvidence> signatures;
    // DMARC
    std::string alignedIdentifier; // "spf", "dkim", "spf+dkim" or "" when nothing aligned
    std::string spfAlignedDomain;
    std::string dkimAlignedDomain;
    std::string policyDomain; // where the applied record is published ("" = no record applies)
    std::string policyRecord;
    std::string policyTag;      // p | sp | np
    std::string policyValue;    // none | quarantine | reject
    bool policyTesting = false; // t=y lowered the disposition one step
    std::string orgDomain;
    Message dmarcExplanation;   // the DMARC engine's sentence (context "Results")
    std::vector<Message> notes; // assumptions the simulator made (context "Scenarios")
};

struct Row {
    std::string scenario; // scenario id
    std::string name;     // English display name (the GUI translates nameCode instead)
    std::string nameCode;
    bool legitimate = true;
    std::string spf; // pass | fail | softfail | neutral | none | temperror | permerror
    bool spfAligned = false;
    std::string dkim; // the DKIM result that matters for DMARC (see README)
    bool dkimAligned = false;
    std::string dmarc;       // pass | fail | none | temperror | permerror
    std::string disposition; // none | quarantine | reject
    Message reason;          // context "Scenarios"
    std::optional<Message> recommendation;
    Evidence evidence;
};

struct Table {
    std::string domain;
    Parameters parameters;
    std::string ownIp; // the domain's own outgoing server used for "own" (derived or --set own_ip)
    std::string ownHelo;
    std::vector<Row> rows;
    std::vector<Message> notes; // about the whole run (a generated key, a derived address...)
};

nlohmann::json toJson(const SignatureEvidence& signature);
nlohmann::json toJson(const Evidence& evidence);
// {scenario, spf, spf_aligned, dkim, dkim_aligned, dmarc, disposition, reason, recommendation, evidence}
nlohmann::json toJson(const Row& row);
// {domain, own_ip, own_helo, parameters, notes, rows}
nlohmann::json toJson(const Table& table);

// The combination table as text: one line per row (scenario, SPF, SPF aligned, DKIM, DKIM aligned,
// DMARC, disposition), then the reasons and recommendations, then the notes.
std::string renderText(const Table& table);

} // namespace dmarcplan::simulate
