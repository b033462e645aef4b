// Message text (an .eml file given to dkim verify/sign, the simulator's input) through the RFC 5322
// parser, both canonicalisations, the header edits an intermediary makes and address extraction.
#include "tests/fuzz/FuzzTarget.h"

#include "core/dkim/Canonicalization.h"
#include "core/mail/MailMessage.h"

using namespace dmarcplan;

DMARCPLAN_FUZZ_TARGET(mail_message) {
    auto parsed = mail::MailMessage::parse(input, "fuzz");
    if (!parsed) {
        FUZZ_CHECK(parsed.error().line >= 0);
        return;
    }
    mail::MailMessage message = *parsed;
    std::vector<std::string> names;
    for (const auto& field : message.headers()) {
        names.emplace_back(field.name());
        (void)field.value();
        for (auto canon : {dkim::Canonicalization::Simple, dkim::Canonicalization::Relaxed}) {
            auto canonical = dkim::canonicalizeHeader(field.raw, canon);
            FUZZ_CHECK(canonical.size() >= 2 && canonical.ends_with("\r\n"));
        }
    }
    for (auto canon : {dkim::Canonicalization::Simple, dkim::Canonicalization::Relaxed}) {
        auto body = dkim::canonicalizeBody(message.body(), canon);
        FUZZ_CHECK(body.empty() || body.ends_with("\r\n"));
        // Canonicalisation is idempotent: the canonical body is its own canonical form.
        FUZZ_CHECK(dkim::canonicalizeBody(body, canon) == body);
        (void)dkim::signedHeaderData(message, names, canon);
    }
    (void)dkim::parseCanonicalizationTag(input.substr(0, 64));

    // What the model writes out reads back as the same header fields and body.
    auto written = message.toString();
    auto reread = mail::MailMessage::parse(written, "fuzz");
    FUZZ_CHECK(reread.ok());
    FUZZ_CHECK(reread->headers().size() == message.headers().size());
    FUZZ_CHECK(reread->body() == message.body());
    (void)message.toString(mail::LineEnding::Lf);

    (void)message.fromAddress();
    (void)message.fromDomain();
    (void)message.returnPath();
    if (!message.headers().empty()) {
        message.refoldHeader(0, 20);
        message.prependHeader("Received", "from relay.example by mx.example");
        message.setHeader("Subject", "[list] " + message.header("Subject").value_or(""));
        message.appendToBody("--\r\nfooter\r\n");
        (void)message.removeHeaders("DKIM-Signature");
        FUZZ_CHECK(mail::MailMessage::parse(message.toString(), "fuzz").ok());
    }
}
