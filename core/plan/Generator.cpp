#include "core/plan/Generator.h"

#include "core/common/DomainName.h"
#include "core/dkim/KeyGenerator.h"
#include "core/dmarc/Generator.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace dmarcplan::plan {

namespace {

constexpr std::size_t kMaxString = 255; // RFC 1035 §3.3: one length octet per character-string

std::vector<std::string> splitTxt(const std::string& value) {
    std::vector<std::string> strings;
    for (std::size_t i = 0; i < value.size(); i += kMaxString)
        strings.push_back(value.substr(i, kMaxString));
    if (strings.empty())
        strings.emplace_back();
    return strings;
}

Finding planFinding(std::string code, Severity severity, MessageParams params) {
    Finding f;
    f.code = std::move(code);
    f.severity = severity;
    f.params = std::move(params);
    return f;
}

dmarc::Policy toDmarc(DmarcPolicy policy) {
    switch (policy) {
    case DmarcPolicy::None:
        return dmarc::Policy::None;
    case DmarcPolicy::Quarantine:
        return dmarc::Policy::Quarantine;
    case DmarcPolicy::Reject:
        return dmarc::Policy::Reject;
    }
    return dmarc::Policy::None;
}

dmarc::Policy stagePolicy(DmarcStage stage) {
    switch (stage) {
    case DmarcStage::Monitor:
        return dmarc::Policy::None;
    case DmarcStage::Quarantine:
        return dmarc::Policy::Quarantine;
    case DmarcStage::Reject:
        return dmarc::Policy::Reject;
    }
    return dmarc::Policy::None;
}

class Builder {
public:
    Builder(const Plan& plan, const Catalogue& catalogue, const GenerateOptions& options)
        : m_plan(plan), m_catalogue(catalogue), m_options(options) {
        m_out.domain = plan.domain;
        m_ttl = static_cast<unsigned>(plan.ttl.value_or(3600));
    }

    Result<GeneratedPlan> run() {
        std::vector<std::string> mechanisms;
        for (std::size_t i = 0; i < m_plan.sources.size(); ++i)
            addSource(i, mechanisms);
        addApexSpf(mechanisms);
        for (std::size_t i = 0; i < m_plan.dkim.size(); ++i)
            if (auto error = addPlanKey(i))
                return *error;
        if (auto error = addDmarc())
            return *error;
        return std::move(m_out);
    }

private:
    void txt(const std::string& name, const std::string& value, std::string purpose, std::string source) {
        GeneratedRecord r;
        r.name = name;
        r.type = "TXT";
        r.value = value;
        r.strings = splitTxt(value);
        r.ttl = m_ttl;
        r.purpose = std::move(purpose);
        r.source = std::move(source);
        m_out.records.push_back(std::move(r));
    }

    void other(const std::string& name, const char* type, const std::string& value, std::string purpose,
               std::string source, int preference = 0) {
        GeneratedRecord r;
        r.name = name;
        r.type = type;
        r.value = value;
        r.preference = preference;
        r.ttl = m_ttl;
        r.purpose = std::move(purpose);
        r.source = std::move(source);
        m_out.records.push_back(std::move(r));
    }

    void pending(const std::string& name, const char* type, std::string purpose, std::string source,
                 const Provider& provider, const std::string& option) {
        GeneratedRecord r;
        r.name = name;
        r.type = type;
        r.ttl = m_ttl;
        r.purpose = std::move(purpose);
        r.source = std::move(source);
        r.pending = true;
        m_out.records.push_back(std::move(r));
        m_out.findings.push_back(planFinding("PLAN-PENDING-VALUE", Severity::Warning,
                                             {{"name", name},
                                              {"type", type},
                                              {"provider", provider.name},
                                              {"option", option},
                                              {"domain", m_plan.domain}}));
    }

    std::string allTerm() const { return m_plan.spfAll.value_or("fail") == "softfail" ? "~all" : "-all"; }

    void addSource(std::size_t index, std::vector<std::string>& mechanisms) {
        const auto& source = m_plan.sources[index];
        std::string where = "sources[" + std::to_string(index) + "]";
        switch (source.kind) {
        case SourceKind::Mx:
            mechanisms.push_back(source.domain.empty() ? "mx" : "mx:" + source.domain);
            break;
        case SourceKind::A:
            mechanisms.push_back(source.domain.empty() ? "a" : "a:" + source.domain);
            break;
        case SourceKind::Ip:
            for (const auto& address : source.addresses)
                mechanisms.push_back((address.find(':') == std::string::npos ? "ip4:" : "ip6:") + address);
            break;
        case SourceKind::Include:
            mechanisms.push_back("include:" + source.domain);
            break;
        case SourceKind::Provider:
            addProvider(source, where + " (" + source.provider + ")", mechanisms);
            break;
        }
    }

    void addProvider(const Source& source, const std::string& where, std::vector<std::string>& mechanisms) {
        const auto* provider = m_catalogue.find(source.provider);
        if (!provider) {
            m_out.findings.push_back(
                planFinding("PLAN-UNKNOWN-PROVIDER", Severity::Error, {{"provider", source.provider}}));
            return;
        }
        const ProviderOptions options = source.options.value_or(ProviderOptions{});
        auto takes = [&](const char* option) {
            return std::find(provider->options.begin(), provider->options.end(), option) != provider->options.end();
        };
        auto checkOption = [&](bool set, const char* option) {
            if (set && !takes(option))
                m_out.findings.push_back(planFinding("PLAN-UNSUPPORTED-OPTION", Severity::Warning,
                                                     {{"provider", provider->name}, {"option", option}}));
        };
        checkOption(options.returnPath.has_value(), "return_path");
        checkOption(options.region.has_value(), "region");
        checkOption(options.dkimSelectors.has_value(), "dkim_selectors");
        checkOption(options.dkimTargets.has_value(), "dkim_targets");

        // SPF is checked at the envelope sender's domain: the provider's include belongs in the
        // domain's record only when the provider sends with the customer's domain there. A regional
        // variant (a data centre of its own) replaces the include.
        const ProviderRegion* region = nullptr;
        if (options.region && takes("region"))
            for (const auto& candidate : provider->regions)
                if (candidate.id == *options.region)
                    region = &candidate;
        auto include = region && region->spfInclude ? region->spfInclude : provider->spf.include;
        if (include && provider->spf.mailFrom == MailFrom::Customer)
            mechanisms.push_back("include:" + *include);
        // Without the facts the record would silently leave the provider out (KAGOYA before the
        // catalogue had its SPF facts: "v=spf1 mx -all").
        if (provider->spfUnknown())
            m_out.findings.push_back(
                planFinding("PLAN-PROVIDER-SPF-UNKNOWN", Severity::Warning, {{"provider", provider->name}}));

        if (options.returnPath && takes("return_path"))
            addReturnPath(*provider, options, absoluteName(m_plan, *options.returnPath), where);

        if (!provider->dkim) {
            if (!provider->spf.include)
                m_out.findings.push_back(planFinding("PLAN-PENDING-VALUE", Severity::Warning,
                                                     {{"name", m_plan.domain},
                                                      {"type", "DKIM/SPF"},
                                                      {"provider", provider->name},
                                                      {"option", "sources (as include/ip sources) and dkim"},
                                                      {"domain", m_plan.domain}}));
            return;
        }
        std::vector<std::string> selectors = options.dkimSelectors.value_or(provider->dkim->selectors);
        if (selectors.empty()) {
            pending("SELECTOR._domainkey." + m_plan.domain,
                    provider->dkim->method == DkimMethod::Cname ? "CNAME" : "TXT", "dkim", where, *provider,
                    "dkim_selectors");
            return;
        }
        for (const auto& selector : selectors) {
            auto name = toLower(selector) + "._domainkey." + m_plan.domain;
            bool planHasKey = std::any_of(m_plan.dkim.begin(), m_plan.dkim.end(),
                                          [&](const DkimKey& k) { return equalsIgnoreCase(k.selector, selector); });
            if (planHasKey)
                continue; // the plan's own dkim entry publishes this selector
            if (provider->dkim->method == DkimMethod::Txt) {
                pending(name, "TXT", "dkim", where, *provider, "dkim[] (selector " + selector + ", public_key)");
                continue;
            }
            std::optional<std::string> target;
            if (options.dkimTargets && options.dkimTargets->count(selector))
                target = options.dkimTargets->at(selector);
            else if (provider->dkim->cnameTarget) {
                target = *provider->dkim->cnameTarget;
                if (auto at = target->find("{selector}"); at != std::string::npos)
                    target->replace(at, 10, toLower(selector));
            }
            if (target)
                other(name, "CNAME", normalizeDomain(*target), "dkim", where);
            else
                pending(name, "CNAME", "dkim", where, *provider, "dkim_targets");
        }
    }

    void addReturnPath(const Provider& provider, const ProviderOptions& options, const std::string& host,
                       const std::string& where) {
        if (!provider.returnPath || !provider.returnPath->supported) {
            m_out.findings.push_back(
                planFinding("PLAN-RETURN-PATH-UNSUPPORTED", Severity::Warning, {{"provider", provider.name}}));
            return;
        }
        const auto& rp = *provider.returnPath;
        if (rp.method == ReturnPathMethod::Cname) {
            std::optional<std::string> target = rp.cnameTarget;
            if (options.region)
                for (const auto& region : provider.regions)
                    if (region.id == *options.region && region.returnPathCnameTarget)
                        target = region.returnPathCnameTarget;
            if (target)
                other(host, "CNAME", *target, "return_path", where);
            else
                pending(host, "CNAME", "return_path", where, provider, "the provider's console (return-path CNAME)");
            return;
        }
        if (rp.method == ReturnPathMethod::MxSpf) {
            std::string mx = *rp.mx;
            if (auto at = mx.find("{region}"); at != std::string::npos) {
                if (!options.region) {
                    pending(host, "MX", "return_path", where, provider, "region");
                    mx.clear();
                } else {
                    mx.replace(at, 8, *options.region);
                }
            }
            if (!mx.empty())
                other(host, "MX", mx, "return_path", where, 10);
            txt(host, "v=spf1 include:" + *rp.spfInclude + " " + allTerm(), "spf", where);
            return;
        }
        // The provider sends with the customer's return path but publishes no host of its own: the
        // return-path domain gets an SPF record with the provider's include.
        if (provider.spf.include)
            txt(host, "v=spf1 include:" + *provider.spf.include + " " + allTerm(), "spf", where);
    }

    void addApexSpf(const std::vector<std::string>& mechanisms) {
        std::string record = "v=spf1";
        for (const auto& m : mechanisms)
            if (record.find(" " + m + " ") == std::string::npos && !record.ends_with(" " + m))
                record += " " + m;
        record += " " + allTerm();
        if (mechanisms.empty())
            m_out.findings.push_back(planFinding("PLAN-NO-SENDERS", Severity::Warning, {{"domain", m_plan.domain}}));
        // The apex SPF record goes first: it is what people look for.
        GeneratedRecord r;
        r.name = m_plan.domain;
        r.type = "TXT";
        r.value = record;
        r.strings = splitTxt(record);
        r.ttl = m_ttl;
        r.purpose = "spf";
        r.source = "sources";
        m_out.records.insert(m_out.records.begin(), std::move(r));
    }

    std::optional<InputError> addPlanKey(std::size_t index) {
        const auto& key = m_plan.dkim[index];
        std::string where = "dkim[" + std::to_string(index) + "]";
        auto name = toLower(key.selector) + "._domainkey." + m_plan.domain;
        const char* k = key.algorithm == DkimAlgorithm::Ed25519Sha256 ? "ed25519" : "rsa";
        std::optional<std::string> publicKey = key.publicKey;
        if (!publicKey && m_options.keysDir) {
            auto path =
                (std::filesystem::path(*m_options.keysDir) / (toLower(key.selector) + "." + m_plan.domain + ".pem"))
                    .string();
            std::error_code ec;
            if (std::filesystem::exists(path, ec)) {
                auto pair = dkim::KeyPair::load(path);
                if (!pair)
                    return pair.error();
                publicKey = pair->publicKeyBase64();
            } else {
                dkim::KeySpec spec;
                spec.algorithm = key.algorithm == DkimAlgorithm::Ed25519Sha256 ? dkim::KeyAlgorithm::Ed25519
                                                                               : dkim::KeyAlgorithm::Rsa;
                spec.bits = key.keySize.value_or(2048);
                auto pair = dkim::KeyGenerator::generate(spec);
                if (!pair)
                    return pair.error();
                auto written = pair->writePrivateKey(path, false);
                if (!written)
                    return written.error();
                publicKey = pair->publicKeyBase64();
                m_out.findings.push_back(planFinding("PLAN-KEY-GENERATED", Severity::Info,
                                                     {{"selector", key.selector}, {"algorithm", k}, {"file", path}}));
            }
        }
        if (!publicKey) {
            GeneratedRecord r;
            r.name = name;
            r.type = "TXT";
            r.ttl = m_ttl;
            r.purpose = "dkim";
            r.source = where;
            r.pending = true;
            m_out.records.push_back(std::move(r));
            m_out.findings.push_back(
                planFinding("PLAN-KEY-MISSING", Severity::Warning, {{"selector", key.selector}, {"name", name}}));
            return std::nullopt;
        }
        // RFC 6376 §3.6.1: v= first; t=y marks a key in testing.
        std::string value =
            std::string("v=DKIM1; k=") + k + (key.testing.value_or(false) ? "; t=y" : "") + "; p=" + *publicKey;
        txt(name, value, "dkim", where);
        return std::nullopt;
    }

    std::optional<InputError> addDmarc() {
        const auto& d = m_plan.dmarc;
        dmarc::PolicyDescription description;
        description.domain = m_plan.domain;
        description.policy = stagePolicy(d.stage);
        if (d.subdomainPolicy)
            description.subdomainPolicy = toDmarc(*d.subdomainPolicy);
        if (d.nonexistentPolicy)
            description.nonExistentPolicy = toDmarc(*d.nonexistentPolicy);
        description.testing = d.testing.value_or(false);
        description.adkim = d.adkim.value_or("r") == "s" ? dmarc::AlignmentMode::Strict : dmarc::AlignmentMode::Relaxed;
        description.aspf = d.aspf.value_or("r") == "s" ? dmarc::AlignmentMode::Strict : dmarc::AlignmentMode::Relaxed;
        description.aggregateReports = d.rua;
        description.failureReports = d.ruf.value_or(std::vector<std::string>{});
        description.failureOptions = d.failureOptions.value_or("");
        auto generated = dmarc::generatePolicy(description);
        if (!generated) {
            auto error = generated.error();
            error.source = "dmarc (" + error.source + ")";
            return error;
        }
        txt(generated->record.name, generated->record.value, "dmarc", "dmarc");
        for (const auto& f : generated->findings)
            m_out.findings.push_back(f);
        const auto own = d.ownReportDomains.value_or(std::vector<std::string>{});
        for (const auto& authorization : generated->authorizations) {
            // <domain>._report._dmarc.<destination>: published only where the owner controls the zone.
            auto at = authorization.name.find("._report._dmarc.");
            auto destination = at == std::string::npos ? std::string() : authorization.name.substr(at + 16);
            bool controlled = std::any_of(own.begin(), own.end(),
                                          [&](const std::string& o) { return isSubdomainOf(destination, o); });
            if (controlled)
                txt(authorization.name, authorization.value, "report_authorization", "dmarc.own_report_domains");
        }
        return std::nullopt;
    }

    const Plan& m_plan;
    const Catalogue& m_catalogue;
    const GenerateOptions& m_options;
    GeneratedPlan m_out;
    unsigned m_ttl = 3600;
};

std::string quoted(const std::vector<std::string>& strings) {
    std::string out;
    for (const auto& s : strings) {
        out += out.empty() ? "\"" : " \"";
        for (char c : s) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out;
}

} // namespace

Result<GeneratedPlan> generateRecords(const Plan& plan, const Catalogue& catalogue, const GenerateOptions& options) {
    return Builder(plan, catalogue, options).run();
}

std::string relativeHost(const std::string& name, const std::string& domain) {
    if (name == domain)
        return "@";
    if (isSubdomainOf(name, domain))
        return name.substr(0, name.size() - domain.size() - 1);
    return name + ".";
}

std::string toZoneText(const GeneratedPlan& generated) {
    std::string out = "; Records for " + generated.domain + " generated by dmarcplan\n";
    for (const auto& r : generated.records) {
        if (r.pending) {
            out += "; PENDING " + r.name + ". IN " + r.type + " (" + r.purpose + ", " + r.source +
                   "): value not in the plan yet\n";
            continue;
        }
        out += r.name + ". " + std::to_string(r.ttl) + " IN " + r.type + " ";
        if (r.type == "TXT")
            out += quoted(r.strings);
        else if (r.type == "MX")
            out += std::to_string(r.preference) + " " + r.value + ".";
        else
            out += r.value + ".";
        out += "\n";
    }
    return out;
}

dns::ZoneData toZoneData(const GeneratedPlan& generated, const std::string& sourceName) {
    auto zone = dns::ZoneData::fromText(toZoneText(generated), generated.domain, sourceName);
    return zone ? std::move(*zone) : dns::ZoneData();
}

nlohmann::json toJson(const GeneratedRecord& r, const std::string& domain) {
    nlohmann::json j = {{"name", r.name},       {"host", relativeHost(r.name, domain)},
                        {"type", r.type},       {"ttl", r.ttl},
                        {"purpose", r.purpose}, {"source", r.source},
                        {"pending", r.pending}};
    if (!r.pending) {
        j["value"] = r.type == "MX" ? std::to_string(r.preference) + " " + r.value : r.value;
        if (r.type == "TXT")
            j["strings"] = r.strings;
    }
    return j;
}

nlohmann::json toJson(const GeneratedPlan& generated) {
    nlohmann::json records = nlohmann::json::array();
    for (const auto& r : generated.records)
        records.push_back(toJson(r, generated.domain));
    return {{"domain", generated.domain}, {"records", records}, {"findings", toJson(generated.findings)}};
}

} // namespace dmarcplan::plan
