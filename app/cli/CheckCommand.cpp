#include "app/cli/CheckCommand.h"

#include "core/check/DomainCheck.h"
#include "core/common/DomainName.h"
#include "core/common/Sarif.h"
#include "core/workspace/Workspace.h"

#include <atomic>
#include <chrono>
#include <dmarcplan/Version.h>
#include <mutex>
#include <ostream>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace dmarcplan::cli {

void CheckCommand::configure(CLI::App& app) {
    app.add_option("DOMAIN", m_domains, "Domains to check");
    app.add_option("--domains-file", m_domainsFile, "Also check the domains in this file (one a line, # comments)")
        ->check(CLI::ExistingFile);
    app.add_option("--selector", m_selectors,
                   "DKIM selector to check (repeatable); without it a list of common selectors is probed");
    app.add_option("--concurrency", m_concurrency, "DNS questions in flight at once")->check(CLI::Range(1, 256));
    app.add_option("--parallel-domains", m_parallelDomains, "Domains checked at the same time")
        ->check(CLI::Range(1, 64));
    app.add_option("--deadline", m_deadlineSeconds,
                   "Seconds the whole run may take; DNS questions left after it are temperrors (exit code 3)")
        ->check(CLI::Range(1, 86400))
        ->group("DNS options");
    addDnsOptions(app, m_dns);
    addFormatOption(app, m_format, {OutputFormat::Text, OutputFormat::Json, OutputFormat::Sarif});
    addColorOption(app, m_noColor);
}

namespace {

void printTree(std::ostream& out, const nlohmann::json& node, int depth) {
    out << std::string(4 + 2 * depth, ' ') << node.value("term", std::string()) << "  [" << node.value("status", "")
        << ", " << node.value("worst_case", 0) << " lookups]\n";
    if (node.contains("children"))
        for (const auto& child : node["children"])
            printTree(out, child, depth + 1);
}

void printReport(std::ostream& out, const check::DomainReport& report, bool colour) {
    out << "== " << report.domain << "\n";
    const auto& spf = report.spf;
    out << "SPF: " << (spf.value("record", std::string()).empty() ? "(none)" : spf.value("record", std::string()))
        << "\n";
    if (spf.contains("dns_lookups"))
        out << "  DNS lookups: " << spf["dns_lookups"].value("worst_case", 0) << " (worst case), "
            << spf["dns_lookups"].value("evaluation_order", 0) << " (evaluation order); limit 10\n";
    if (spf.contains("lookup_tree") && spf["lookup_tree"].contains("children"))
        for (const auto& child : spf["lookup_tree"]["children"])
            printTree(out, child, 0);
    out << "DMARC: "
        << (report.dmarcRecords.empty() ? "(no record at _dmarc." + report.domain + ")" : report.dmarcRecords.front())
        << "\n";
    for (const auto& view : report.dmarc) {
        out << "  " << (view.method == "psl" ? "PSL (RFC 7489):     " : "tree walk (RFC 9989):") << " ";
        if (view.status == "found")
            out << view.tag << "=" << view.policy << " from _dmarc." << view.recordDomain << " (organizational domain "
                << view.organizationalDomain << ")\n";
        else
            out << view.status << "\n";
    }
    if (report.dmarcMethodsDiffer)
        out << "  The two discovery methods disagree: receivers may apply different policies.\n";
    out << "DKIM" << (report.probedSelectors ? " (common selectors probed)" : "") << ":";
    if (report.dkim.empty())
        out << " none found";
    out << "\n";
    for (const auto& d : report.dkim) {
        out << "  " << d.selector << ": ";
        if (!d.lookupError.empty())
            out << "lookup failed (" << d.lookupError << ")";
        else if (!d.found)
            out << "no key";
        else if (d.keyAlgorithm)
            out << d.keyAlgorithm.value() << " " << d.keyBits << " bits";
        else
            out << "record without a usable key";
        if (!d.cnameChain.empty())
            out << " (via CNAME " << d.cnameChain.back() << ")";
        out << "\n";
    }
    out << "MX:";
    if (report.mx.exchanges.empty())
        out << " " << dns::toString(report.mx.status);
    for (const auto& [preference, host] : report.mx.exchanges)
        out << " " << preference << " " << host;
    out << "\n";
    printFindingsText(out, report.findings, colour);
    out << "\n";
}

} // namespace

int CheckCommand::execute(Context& context) {
    std::vector<std::string> domains = m_domains;
    if (!m_domainsFile.empty()) {
        auto text = readInput(m_domainsFile);
        if (!text) {
            context.err << "dmarcplan: " << text.error().describe() << '\n';
            return kExitUsage;
        }
        std::istringstream lines(*text);
        std::string line;
        for (int number = 1; std::getline(lines, line); ++number) {
            line = line.substr(0, line.find('#'));
            auto begin = line.find_first_not_of(" \t\r");
            if (begin == std::string::npos)
                continue;
            auto end = line.find_last_not_of(" \t\r");
            auto domain = line.substr(begin, end - begin + 1);
            if (!isValidDomainName(domain)) {
                context.err << "dmarcplan: " << m_domainsFile << ":" << number << ": \"" << domain
                            << "\" is not a domain name\n";
                return kExitUsage;
            }
            domains.push_back(domain);
        }
    }
    if (domains.empty()) {
        context.err << "dmarcplan: check needs at least one DOMAIN or --domains-file\n";
        return kExitUsage;
    }
    for (const auto& domain : domains)
        if (!isValidDomainName(domain)) {
            context.err << "dmarcplan: \"" << domain << "\" is not a domain name\n";
            return kExitUsage;
        }
    // The run's deadline starts before the first question, so a bulk run against a silent or slow
    // server always ends: every question after it is a temperror without being asked.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(m_deadlineSeconds);
    auto ws = workspace::Workspace::open(m_dns);
    if (!ws) {
        context.err << "dmarcplan: " << ws.error().describe() << '\n';
        return kExitUsage;
    }
    ws->setRunDeadline(deadline);
    dns::ParallelResolver pool(ws->current(), static_cast<std::size_t>(m_concurrency));
    check::CheckOptions options;
    options.selectors = m_selectors;

    // Domains are checked by a few threads of their own; their questions share the pool and cache.
    std::vector<check::DomainReport> reports(domains.size());
    std::atomic<std::size_t> nextIndex{0}, done{0};
    std::mutex progressMutex;
    const bool progress =
        m_format == OutputFormat::Text && context.outIsTerminal && isatty(STDERR_FILENO) == 1 && domains.size() > 1;
    auto worker = [&] {
        for (std::size_t i; (i = nextIndex++) < domains.size();) {
            reports[i] = check::checkDomain(domains[i], pool, options);
            auto finished = ++done;
            if (progress) {
                std::lock_guard lock(progressMutex);
                context.err << "\rchecked " << finished << "/" << domains.size() << " domains" << std::flush;
            }
        }
    };
    std::vector<std::thread> threads;
    auto count = std::min<std::size_t>(static_cast<std::size_t>(m_parallelDomains), domains.size());
    for (std::size_t i = 1; i < count; ++i)
        threads.emplace_back(worker);
    worker();
    for (auto& t : threads)
        t.join();
    if (progress)
        context.err << "\r" << std::string(40, ' ') << "\r" << std::flush;

    Findings all;
    bool dnsFailure = false;
    std::size_t failedDomains = 0;
    for (const auto& r : reports) {
        all.insert(all.end(), r.findings.begin(), r.findings.end());
        dnsFailure = dnsFailure || r.dnsFailure;
        failedDomains += r.dnsFailure ? 1 : 0;
    }
    const bool deadlineRanOut = dnsFailure && std::chrono::steady_clock::now() >= deadline;
    if (deadlineRanOut)
        context.err << "dmarcplan: the --deadline of " << m_deadlineSeconds << " s ran out: DNS questions left "
                    << "were not asked (temperror); " << failedDomains << " of " << domains.size()
                    << " domains have DNS failures\n";
    switch (m_format) {
    case OutputFormat::Json: {
        nlohmann::json array = nlohmann::json::array();
        for (const auto& r : reports)
            array.push_back(check::toJson(r));
        printJson(context.out, {{"domains", array}, {"queries_sent", ws->current()->queriesSent()}});
        break;
    }
    case OutputFormat::Sarif: {
        SarifOptions sarif;
        sarif.toolVersion = kVersion;
        sarif.fallbackUri = "dns:" + normalizeDomain(domains.front());
        printJson(context.out, toSarif(all, sarif));
        break;
    }
    case OutputFormat::Text:
    case OutputFormat::Zone:
    case OutputFormat::Table:
        for (const auto& r : reports)
            printReport(context.out, r, useColour(context.outIsTerminal, m_noColor));
        break;
    }
    if (deadlineRanOut)
        return kExitDnsFailure;
    if (hasErrors(all))
        return dnsFailure ? kExitDnsFailure : kExitFindings;
    return kExitSuccess;
}

} // namespace dmarcplan::cli
