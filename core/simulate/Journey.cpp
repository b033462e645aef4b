#include "core/simulate/Journey.h"

#include "core/common/Clock.h"
#include "core/common/DomainName.h"
#include "core/simulate/Srs.h"

#include <algorithm>

namespace dmarcplan::simulate {

namespace {

constexpr const char* kListName = "planning";

// The message every scenario sends: fixed, so that identical starts share one signature.
std::string sampleMessage(const std::string& fromDomain) {
    return "From: Alice Sender <alice@" + fromDomain +
           ">\r\n"
           "To: Bob Receiver <bob@receiver.example>\r\n"
           "Subject: Planning meeting moves to Thursday\r\n"
           "Date: Thu, 01 Jan 2026 09:00:00 +0000\r\n"
           "Message-ID: <planning-0001@" +
           fromDomain +
           ">\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n"
           "Hello Bob,\r\n"
           "\r\n"
           "the planning meeting moves to Thursday at 10:00, same room.\r\n"
           "\r\n"
           "Best regards,\r\n"
           "Alice\r\n";
}

} // namespace

Result<Journey> travel(const SimulatorOptions& options, const Scenario& scenario, const Parameters& parameters,
                       const Variables& vars, Evidence& e, const SignFunction& sign) {
    const std::string& domain = options.domain;
    std::string from = normalizeDomain(expand(scenario.from, vars));
    std::string mailFrom = expand(scenario.mailFrom, vars);
    const Actor* sender = findActor(options.library, scenario, scenario.sender);
    std::string ip = scenario.ip.empty() ? vars.at(sender->name + ".ip") : expand(scenario.ip, vars);
    std::string helo =
        scenario.helo.empty() ? vars.at(sender->name + ".helo") : normalizeDomain(expand(scenario.helo, vars));
    e.path.push_back({sender->name, ip, helo, "send"});

    auto parsed = mail::MailMessage::parse(sampleMessage(from), "sample message");
    if (!parsed)
        return parsed.error();
    mail::MailMessage message = std::move(*parsed);

    std::map<std::string, SigningKey> signers; // "d=/s=" -> who signed, for the evidence
    auto signWith = [&](const SigningKey& key) -> Result<bool> {
        signers[key.domain + "/" + key.selector] = key;
        return sign(message, key);
    };
    if (!parameters.sign) {
        for (const auto& signature : scenario.signatures)
            if (signature.signer != Signature::Signer::Actor) {
                e.notes.push_back({"SIM-NOTE-SIGNING-OFF", {{"domain", domain}}});
                break;
            }
    }
    for (const auto& signature : scenario.signatures) {
        auto keys = signingKeys(options, scenario, signature, parameters, vars);
        if (!keys)
            return keys.error();
        for (const auto& key : *keys)
            if (auto done = signWith(key); !done)
                return done.error();
    }

    ScenarioFacts facts;
    auto hop = [&](const Step& step, const std::string& action) {
        if (step.actor.empty())
            return;
        auto nextIp = vars.at(step.actor + ".ip");
        auto nextHelo = vars.at(step.actor + ".helo");
        // Every relay adds a trace field on top; DKIM does not sign them, so they change nothing.
        message.prependHeader("Received", "from " + helo + " (" + helo + " [" + ip + "]) by " + nextHelo +
                                              "; Thu, 01 Jan 2026 09:00:30 +0000");
        ip = nextIp;
        helo = nextHelo;
        e.path.push_back({step.actor, ip, helo, action});
    };
    auto change = [&](const std::string& what) {
        if (std::find(e.changes.begin(), e.changes.end(), what) == e.changes.end())
            e.changes.push_back(what);
    };
    for (const auto& rawStep : scenario.steps) {
        Step step = effectiveStep(rawStep, parameters);
        const std::string actorDomain = step.actor.empty() ? std::string() : vars.at(step.actor + ".domain");
        switch (step.kind) {
        case Step::Kind::Relay:
            hop(step, "relay");
            break;
        case Step::Kind::Forward:
            facts.forwarded = true;
            hop(step, step.srs ? "forward-srs" : "forward");
            if (step.srs && !mailFrom.empty()) {
                mailFrom = srsForward(mailFrom, actorDomain, options.srsSecret, Clock::unixNow());
                change("envelope");
            }
            break;
        case Step::Kind::List:
        case Step::Kind::Modify: {
            bool isList = step.kind == Step::Kind::List;
            hop(step, isList ? "list" : "modify");
            if (step.subjectTag) {
                auto subject = message.header("Subject").value_or("");
                message.setHeader("Subject", std::string(isList ? "[Planning] " : "[EXTERNAL] ") + subject);
                change("subject_tag");
            }
            if (step.footer) {
                message.appendToBody(isList ? "_______________________________________________\r\n"
                                              "Planning mailing list\r\n" +
                                                  std::string(kListName) + "@" + actorDomain + "\r\n"
                                            : std::string("This message and any attachments are confidential.\r\n"));
                change("footer");
            }
            if (isList) {
                message.addHeader("List-Id", "Planning <" + std::string(kListName) + "." + actorDomain + ">");
                if (step.ownEnvelope && !mailFrom.empty()) {
                    mailFrom = std::string(kListName) + "-bounces@" + actorDomain;
                    change("envelope");
                }
                if (step.rewriteFrom) {
                    // RFC 7960 §4.1.3: the list puts its own address in From and the author in Reply-To.
                    auto author = message.fromAddress().value_or("");
                    message.setHeader("From", "\"Alice Sender via Planning\" <" + std::string(kListName) + "@" +
                                                  actorDomain + ">");
                    message.setHeader("Reply-To", author);
                    from = actorDomain;
                    change("from");
                }
                if ((step.subjectTag || step.footer) && !step.rewriteFrom) {
                    facts.listModifiedWithoutRewrite = true;
                    facts.listActor = step.actor;
                }
            } else if ((step.subjectTag || step.footer) && !step.actor.empty()) {
                facts.modifier = step.actor;
            } else if (step.subjectTag || step.footer) {
                facts.modifier = domain;
            }
            break;
        }
        }
        if (step.sign) {
            const Actor* actor = findActor(options.library, scenario, step.actor);
            auto key = options.keys->generated("actor:" + actor->name + "@" + actorDomain + "/" + actor->selector,
                                               *algorithmFrom(actor->algorithm));
            if (!key)
                return key.error();
            if (auto done = signWith({"step", actor->name, actorDomain, actor->selector, *key}); !done)
                return done.error();
        }
    }
    e.fromDomain = from;
    e.mailFrom = mailFrom;
    e.ip = ip;
    e.helo = helo;

    return Journey{std::move(message), from, mailFrom, ip, helo, std::move(signers), facts};
}

} // namespace dmarcplan::simulate
