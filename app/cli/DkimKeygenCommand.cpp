#include "app/cli/DkimKeygenCommand.h"

#include "app/cli/TerminalText.h"
#include "core/common/DomainName.h"
#include "core/dkim/KeyGenerator.h"
#include "core/dkim/Signer.h"

#include <filesystem>
#include <ostream>

namespace dmarcplan::cli {

void DkimKeygenCommand::configure(CLI::App& app) {
    app.add_option("--domain", m_domain, "Signing domain (d=)")->required();
    app.add_option("--selector", m_selector, "Selector (s=): the key is published at SELECTOR._domainkey.DOMAIN")
        ->required();
    app.add_option("--algorithm", m_algorithm, "rsa (default) or ed25519")
        ->check(CLI::IsMember({"rsa", "ed25519"}, CLI::ignore_case));
    app.add_option("--bits", m_bits, "RSA key size: 2048 (default), 3072, 4096; 1024 only with a warning")
        ->check(CLI::IsMember({1024, 2048, 3072, 4096}));
    app.add_option("--out", m_out, "Folder for the private key file SELECTOR.DOMAIN.pem (default: current folder)");
    app.add_flag("--force", m_force, "Replace an existing private key file");
    app.add_flag("--print-private-key", m_printPrivateKey, "Also print the private key (PEM) on standard output");
    addFormatOption(app, m_format);
}

int DkimKeygenCommand::execute(Context& context) {
    if (!isValidDomainName(m_domain)) {
        context.err << "dmarcplan: --domain \"" << m_domain << "\" is not a domain name\n";
        return kExitUsage;
    }
    if (!dkim::isValidSelector(m_selector)) {
        context.err << "dmarcplan: --selector \"" << m_selector
                    << "\" is not a valid selector: letters, digits and inner hyphens, labels separated by dots, "
                       "no final dot (RFC 6376 §3.1)\n";
        return kExitUsage;
    }
    dkim::KeySpec spec{toLower(m_algorithm) == "ed25519" ? dkim::KeyAlgorithm::Ed25519 : dkim::KeyAlgorithm::Rsa,
                       m_bits};
    auto pair = dkim::KeyGenerator::generate(spec);
    if (!pair) {
        context.err << "dmarcplan: " << pair.error().describe() << '\n';
        return kExitUsage;
    }
    auto domain = normalizeDomain(m_domain);
    auto file = (std::filesystem::path(m_out) / (m_selector + "." + domain + ".pem")).string();
    if (auto written = pair->writePrivateKey(file, m_force); !written) {
        context.err << "dmarcplan: " << written.error().describe() << '\n';
        return kExitUsage;
    }
    auto name = m_selector + "._domainkey." + domain;
    auto advice = dkim::keyAdvice(spec);
    if (m_format == OutputFormat::Json) {
        nlohmann::json j = {{"name", name},
                            {"record", pair->record()},
                            {"strings", pair->recordStrings()},
                            {"zone_line", pair->zoneLine(m_selector, domain)},
                            {"private_key_file", file},
                            {"algorithm", dkim::toString(pair->algorithm())},
                            {"bits", pair->bits()},
                            {"findings", toJson(advice)}};
        if (m_printPrivateKey)
            j["private_key"] = pair->privateKeyPem();
        printJson(context.out, j);
        return kExitSuccess;
    }
    context.out << "Private key: " << file << " (" << dkim::toString(pair->algorithm()) << ", " << pair->bits()
                << " bits, mode 0600)\n"
                << "Publish this TXT record at " << name << ":\n";
    for (const auto& s : pair->recordStrings())
        context.out << "  \"" << s << "\"\n";
    context.out << "Zone file line:\n  " << pair->zoneLine(m_selector, domain) << "\n\n";
    printFindingsText(context.out, advice, context.outIsTerminal);
    if (m_printPrivateKey)
        writeExact(context.out, '\n' + pair->privateKeyPem());
    return kExitSuccess;
}

} // namespace dmarcplan::cli
