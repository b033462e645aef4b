#include "app/cli/DkimSignCommand.h"

#include "app/cli/TerminalText.h"

#include "core/common/Clock.h"
#include "core/dkim/Signer.h"

#include <limits>
#include <ostream>

namespace dmarcplan::cli {

void DkimSignCommand::configure(CLI::App& app) {
    app.add_option("--key", m_key, "Private key file (PEM: PKCS#8 or RSA PRIVATE KEY)")->required();
    app.add_option("--domain", m_domain, "Signing domain (d=)")->required();
    app.add_option("--selector", m_selector, "Selector (s=)")->required();
    app.add_option("--canonicalization", m_canonicalization,
                   "HEADER/BODY canonicalization: relaxed/relaxed (default), relaxed/simple, simple/relaxed, "
                   "simple/simple");
    app.add_option("--headers", m_headers,
                   "Header fields to sign, separated by commas or colons (default: From, To, Subject, Date, ... "
                   "present in the message); must include From");
    app.add_flag("--over-sign", m_overSign, "List each signed field once more so fields added later break it");
    app.add_flag("--body-length", m_bodyLength,
                 "Add l= (the signed body length): appended text then still "
                 "passes, which also lets others append content");
    app.add_option("--expires", m_expires, "Add x= this many seconds after t=")->check(CLI::PositiveNumber);
    app.add_option("--now", m_now, "Signing time (t=) as a Unix time instead of the clock");
    app.add_option("--identity", m_identity, "Agent or user identifier (i=), at or below the domain");
    app.add_option("--input", m_input, "Read the message from this file instead of standard input");
}

int DkimSignCommand::execute(Context& context) {
    auto key = dkim::KeyPair::load(m_key);
    if (!key) {
        context.err << "dmarcplan: " << key.error().describe() << '\n';
        return kExitUsage;
    }
    auto canon = dkim::parseCanonicalizationTag(m_canonicalization);
    if (!canon || m_canonicalization.find('/') == std::string::npos) {
        context.err << "dmarcplan: --canonicalization must be HEADER/BODY with simple or relaxed\n";
        return kExitUsage;
    }
    auto text = readInput(m_input);
    if (!text) {
        context.err << "dmarcplan: " << text.error().describe() << '\n';
        return kExitUsage;
    }
    auto message = mail::MailMessage::parse(*text, m_input == "-" ? "<stdin>" : m_input);
    if (!message) {
        context.err << "dmarcplan: " << message.error().describe() << '\n';
        return kExitUsage;
    }
    dkim::SignOptions options;
    options.domain = m_domain;
    options.selector = m_selector;
    options.canonicalization = *canon;
    options.overSign = m_overSign;
    options.identity = m_identity;
    options.expiresIn = m_expires;
    if (m_bodyLength)
        options.bodyLength = std::numeric_limits<std::size_t>::max(); // l= = the whole canonical body
    std::string name;
    for (char c : m_headers + ",") {
        if (c == ',' || c == ':' || c == ' ') {
            if (!name.empty())
                options.headers.push_back(name);
            name.clear();
        } else {
            name += c;
        }
    }
    if (m_now)
        Clock::setFixed(*m_now);
    auto signedOk = dkim::addSignature(*message, *key, options);
    if (!signedOk) {
        context.err << "dmarcplan: " << signedOk.error().message << '\n';
        return kExitUsage;
    }
    // Keep the input's line ends: LF in, LF out (as Unix mail tools expect), CRLF otherwise.
    bool crlf = text->find("\r\n") != std::string::npos;
    // The signed message is data (a body may hold ISO-2022-JP escapes): byte for byte.
    writeExact(context.out, message->toString(crlf ? mail::LineEnding::Crlf : mail::LineEnding::Lf));
    return kExitSuccess;
}

} // namespace dmarcplan::cli
