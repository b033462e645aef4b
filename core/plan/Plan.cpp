#include "core/plan/Plan.h"

#include "core/common/AtomicFile.h"
#include "core/common/DomainName.h"
#include "core/plan/JsonReader.h"

#include <arpa/inet.h>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace dmarcplan::plan {

namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;
using namespace json_reader;

constexpr EnumName<SourceKind> kSourceKinds[] = {{SourceKind::Mx, "mx"},
                                                 {SourceKind::A, "a"},
                                                 {SourceKind::Ip, "ip"},
                                                 {SourceKind::Include, "include"},
                                                 {SourceKind::Provider, "provider"}};
constexpr EnumName<DkimAlgorithm> kAlgorithms[] = {{DkimAlgorithm::RsaSha256, "rsa-sha256"},
                                                   {DkimAlgorithm::Ed25519Sha256, "ed25519-sha256"}};
constexpr EnumName<DmarcStage> kStages[] = {
    {DmarcStage::Monitor, "monitor"}, {DmarcStage::Quarantine, "quarantine"}, {DmarcStage::Reject, "reject"}};
constexpr EnumName<DmarcPolicy> kPolicies[] = {
    {DmarcPolicy::None, "none"}, {DmarcPolicy::Quarantine, "quarantine"}, {DmarcPolicy::Reject, "reject"}};
constexpr EnumName<IntermediaryType> kIntermediaryTypes[] = {
    {IntermediaryType::Forward, "forward"}, {IntermediaryType::List, "list"}, {IntermediaryType::Provider, "provider"}};

void requireDomain(const std::string& name, const std::string& path) {
    if (!isValidDomainName(name))
        fail(path, "\"" + name + "\" is not a valid domain name");
}

bool isAddressOrRange(const std::string& text) {
    auto slash = text.find('/');
    std::string address = text.substr(0, slash);
    unsigned char buffer[16];
    int maxPrefix = 0;
    if (inet_pton(AF_INET, address.c_str(), buffer) == 1)
        maxPrefix = 32;
    else if (inet_pton(AF_INET6, address.c_str(), buffer) == 1)
        maxPrefix = 128;
    else
        return false;
    if (slash == std::string::npos)
        return true;
    std::string prefix = text.substr(slash + 1);
    if (prefix.empty() || prefix.size() > 3 || prefix.find_first_not_of("0123456789") != std::string::npos)
        return false;
    return std::stoi(prefix) <= maxPrefix;
}

bool isIpAddress(const std::string& text) {
    return text.find('/') == std::string::npos && isAddressOrRange(text);
}

void requireMailtoUris(const std::vector<std::string>& uris, const std::string& path) {
    for (std::size_t i = 0; i < uris.size(); ++i) {
        const auto& uri = uris[i];
        // RFC 7489 §6.4: rua/ruf are lists of URIs; mailto: is the only scheme receivers must support.
        auto at = uri.find('@');
        if (uri.rfind("mailto:", 0) != 0 || at == std::string::npos || at < 8 ||
            !isValidDomainName(uri.substr(at + 1, uri.find('!', at) - at - 1)))
            fail(path + "[" + std::to_string(i) + "]", "\"" + uri +
                                                           "\" is not a mailto: URI such as "
                                                           "mailto:dmarc-reports@example.com");
    }
}

ProviderOptions readProviderOptions(const json& value, const std::string& path) {
    ObjectReader r(value, path, {"return_path", "region", "dkim_selectors", "dkim_targets"});
    ProviderOptions options;
    options.returnPath = r.optString("return_path");
    options.region = r.optString("region");
    options.dkimSelectors = r.optStrings("dkim_selectors");
    if (options.dkimSelectors)
        for (std::size_t i = 0; i < options.dkimSelectors->size(); ++i)
            requireDomain((*options.dkimSelectors)[i], r.at("dkim_selectors") + "[" + std::to_string(i) + "]");
    if (r.has("dkim_targets")) {
        const auto& targets = r.raw("dkim_targets");
        if (!targets.is_object())
            fail(r.at("dkim_targets"), "expected an object of selector: target name");
        std::map<std::string, std::string> map;
        for (const auto& [selector, target] : targets.items()) {
            auto targetPath = r.at("dkim_targets") + "." + selector;
            requireDomain(selector, targetPath);
            auto name = ObjectReader::stringValue(target, targetPath);
            requireDomain(name, targetPath);
            map.emplace(selector, name);
        }
        options.dkimTargets = std::move(map);
    }
    return options;
}

Source readSource(const json& value, const std::string& path, const std::string& planDomain) {
    ObjectReader r(value, path, {"kind", "name", "addresses", "domain", "provider", "options"});
    Source source;
    source.kind = r.requiredEnum("kind", kSourceKinds);
    source.name = r.optString("name");
    auto only = [&](std::initializer_list<const char*> keys) {
        for (const char* key : {"addresses", "domain", "provider", "options"}) {
            bool allowed = false;
            for (const char* k : keys)
                allowed = allowed || std::string_view(k) == key;
            if (!allowed && r.has(key))
                fail(r.at(key), std::string("not used by a source of kind \"") +
                                    std::string(nameOf(kSourceKinds, source.kind)) + "\"");
        }
    };
    switch (source.kind) {
    case SourceKind::Mx:
    case SourceKind::A:
        only({"domain"});
        source.domain = r.optString("domain").value_or("");
        if (!source.domain.empty())
            requireDomain(source.domain, r.at("domain"));
        break;
    case SourceKind::Ip:
        only({"addresses"});
        source.addresses = r.optStrings("addresses").value_or(std::vector<std::string>{});
        if (source.addresses.empty())
            fail(r.at("addresses"), "required: at least one address or range");
        for (std::size_t i = 0; i < source.addresses.size(); ++i)
            if (!isAddressOrRange(source.addresses[i]))
                fail(r.at("addresses") + "[" + std::to_string(i) + "]",
                     "\"" + source.addresses[i] + "\" is not an IPv4/IPv6 address or CIDR range");
        break;
    case SourceKind::Include:
        only({"domain"});
        source.domain = r.string("domain");
        requireDomain(source.domain, r.at("domain"));
        break;
    case SourceKind::Provider:
        only({"provider", "options"});
        source.provider = r.string("provider");
        if (source.provider.empty())
            fail(r.at("provider"), "required: a catalogue id such as \"google-workspace\"");
        if (r.has("options")) {
            source.options = readProviderOptions(r.raw("options"), r.at("options"));
            if (source.options->returnPath) {
                // A label relative to the domain ("bounce") or a full name below it; anything else
                // with dots is most likely a name outside the domain, which cannot be a return path here.
                const auto& given = *source.options->returnPath;
                Plan scratch;
                scratch.domain = planDomain;
                auto host = absoluteName(scratch, given);
                bool relativeLabel = given.find('.') == std::string::npos;
                if (!isValidDomainName(host) || host == normalizeDomain(planDomain) ||
                    (!relativeLabel && !isSubdomainOf(given, planDomain)))
                    fail(r.at("options") + ".return_path",
                         "must be a host below " + planDomain + " (for example \"bounce\")");
            }
        }
        break;
    }
    return source;
}

DkimKey readDkim(const json& value, const std::string& path) {
    ObjectReader r(value, path, {"selector", "algorithm", "key_size", "public_key", "testing", "comment"});
    DkimKey key;
    key.selector = r.string("selector");
    requireDomain(key.selector, r.at("selector"));
    key.algorithm = r.requiredEnum("algorithm", kAlgorithms);
    key.keySize = r.optInt("key_size", 1024, 4096); // RFC 8301 §3.2: signers MUST use at least 1024 bits
    if (key.keySize && key.algorithm == DkimAlgorithm::Ed25519Sha256)
        fail(r.at("key_size"), "Ed25519 keys have a fixed size; remove key_size");
    key.publicKey = r.optString("public_key");
    if (key.publicKey && key.publicKey->find_first_not_of(
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") != std::string::npos)
        fail(r.at("public_key"), "expected base64 text without spaces or PEM lines");
    key.testing = r.optBool("testing");
    key.comment = r.optString("comment");
    return key;
}

DmarcPlan readDmarc(const json& value, const std::string& path) {
    ObjectReader r(value, path,
                   {"stage", "testing", "subdomain_policy", "nonexistent_policy", "adkim", "aspf", "rua", "ruf",
                    "failure_options", "own_report_domains"});
    DmarcPlan dmarc;
    dmarc.stage = r.requiredEnum("stage", kStages);
    dmarc.testing = r.optBool("testing");
    dmarc.subdomainPolicy = r.optEnum("subdomain_policy", kPolicies);
    dmarc.nonexistentPolicy = r.optEnum("nonexistent_policy", kPolicies);
    for (const char* key : {"adkim", "aspf"}) {
        auto mode = r.optString(key);
        if (mode && *mode != "r" && *mode != "s")
            fail(r.at(key), "expected \"r\" (relaxed) or \"s\" (strict)");
        (std::string_view(key) == "adkim" ? dmarc.adkim : dmarc.aspf) = mode;
    }
    dmarc.rua = r.optStrings("rua").value_or(std::vector<std::string>{});
    requireMailtoUris(dmarc.rua, r.at("rua"));
    dmarc.ruf = r.optStrings("ruf");
    if (dmarc.ruf)
        requireMailtoUris(*dmarc.ruf, r.at("ruf"));
    dmarc.failureOptions = r.optString("failure_options");
    if (dmarc.failureOptions) {
        // RFC 7489 §6.3: fo is a colon-separated list of 0, 1, d, s.
        std::istringstream parts(*dmarc.failureOptions);
        std::string part;
        bool any = false;
        while (std::getline(parts, part, ':')) {
            any = true;
            if (part != "0" && part != "1" && part != "d" && part != "s")
                fail(r.at("failure_options"), "expected a colon-separated list of 0, 1, d, s");
        }
        if (!any)
            fail(r.at("failure_options"), "expected a colon-separated list of 0, 1, d, s");
    }
    dmarc.ownReportDomains = r.optStrings("own_report_domains");
    if (dmarc.ownReportDomains)
        for (std::size_t i = 0; i < dmarc.ownReportDomains->size(); ++i)
            requireDomain((*dmarc.ownReportDomains)[i], r.at("own_report_domains") + "[" + std::to_string(i) + "]");
    return dmarc;
}

Scenario readScenario(const json& value, const std::string& path) {
    ObjectReader r(value, path,
                   {"name", "description", "from_domain", "mail_from", "helo", "ip", "signatures", "intermediaries"});
    Scenario s;
    s.name = r.string("name");
    if (s.name.empty())
        fail(r.at("name"), "must not be empty");
    s.description = r.optString("description");
    s.fromDomain = r.string("from_domain");
    requireDomain(s.fromDomain, r.at("from_domain"));
    s.mailFrom = r.optString("mail_from");
    if (s.mailFrom && !s.mailFrom->empty()) {
        auto at = s.mailFrom->rfind('@');
        requireDomain(at == std::string::npos ? *s.mailFrom : s.mailFrom->substr(at + 1), r.at("mail_from"));
    }
    s.helo = r.optString("helo");
    if (s.helo)
        requireDomain(*s.helo, r.at("helo"));
    s.ip = r.string("ip");
    if (!isIpAddress(s.ip))
        fail(r.at("ip"), "\"" + s.ip + "\" is not an IPv4 or IPv6 address");
    r.forEach("signatures", [&](const json& item, const std::string& itemPath) {
        ObjectReader sr(item, itemPath, {"domain", "selector"});
        Signature sig{sr.string("domain"), sr.string("selector")};
        requireDomain(sig.domain, sr.at("domain"));
        requireDomain(sig.selector, sr.at("selector"));
        s.signatures.push_back(sig);
    });
    r.forEach("intermediaries", [&](const json& item, const std::string& itemPath) {
        ObjectReader ir(item, itemPath, {"type", "domain", "ip", "srs", "subject_tag", "footer", "rewrite_from"});
        Intermediary hop;
        hop.type = ir.requiredEnum("type", kIntermediaryTypes);
        hop.domain = ir.optString("domain");
        if (hop.domain)
            requireDomain(*hop.domain, ir.at("domain"));
        hop.ip = ir.optString("ip");
        if (hop.ip && !isIpAddress(*hop.ip))
            fail(ir.at("ip"), "\"" + *hop.ip + "\" is not an IPv4 or IPv6 address");
        hop.srs = ir.optBool("srs");
        hop.subjectTag = ir.optString("subject_tag");
        hop.footer = ir.optBool("footer");
        hop.rewriteFrom = ir.optBool("rewrite_from");
        s.intermediaries.push_back(hop);
    });
    return s;
}

Plan readPlan(const json& document) {
    ObjectReader r(
        document, "$",
        {"dmarcplan_plan", "domain", "description", "ttl", "sources", "spf_all", "dkim", "dmarc", "scenarios"});
    Plan plan;
    if (!r.has("dmarcplan_plan"))
        fail("$.dmarcplan_plan", "required: the schema version (1); is this a dmarcplan plan file?");
    auto version = r.optInt("dmarcplan_plan", 1, 1'000'000);
    if (*version > kPlanSchemaVersion)
        fail("$.dmarcplan_plan", "schema version " + std::to_string(*version) +
                                     " was written by a newer dmarcplan; this one reads version " +
                                     std::to_string(kPlanSchemaVersion));
    plan.version = *version;
    plan.domain = normalizeDomain(r.string("domain"));
    requireDomain(plan.domain, "$.domain");
    plan.description = r.optString("description");
    plan.ttl = r.optInt("ttl", 60, 604800);
    for (const char* key : {"sources", "dkim"})
        if (!r.has(key))
            fail(r.at(key), "required (an empty list [] is allowed)");
    r.forEach("sources", [&](const json& item, const std::string& path) {
        plan.sources.push_back(readSource(item, path, plan.domain));
    });
    plan.spfAll = r.optString("spf_all");
    if (plan.spfAll && *plan.spfAll != "fail" && *plan.spfAll != "softfail")
        fail("$.spf_all", "expected \"fail\" (-all) or \"softfail\" (~all)");
    std::set<std::string> selectors;
    r.forEach("dkim", [&](const json& item, const std::string& path) {
        plan.dkim.push_back(readDkim(item, path));
        if (!selectors.insert(toLower(plan.dkim.back().selector)).second)
            fail(path + ".selector", "selector \"" + plan.dkim.back().selector + "\" is listed twice");
    });
    if (!r.has("dmarc"))
        fail("$.dmarc", "required: at least {\"stage\": \"monitor\"}");
    plan.dmarc = readDmarc(r.raw("dmarc"), "$.dmarc");
    std::set<std::string> names;
    r.forEach("scenarios", [&](const json& item, const std::string& path) {
        plan.scenarios.push_back(readScenario(item, path));
        if (!names.insert(plan.scenarios.back().name).second)
            fail(path + ".name", "scenario name \"" + plan.scenarios.back().name + "\" is used twice");
    });
    return plan;
}

// --- writing: keys in the order the README documents them -----------------------------------------

template <typename T> void putOptional(ordered& j, const char* key, const std::optional<T>& value) {
    if (value)
        j[key] = *value;
}

ordered writeSource(const Source& source) {
    ordered j;
    j["kind"] = nameOf(kSourceKinds, source.kind);
    putOptional(j, "name", source.name);
    switch (source.kind) {
    case SourceKind::Ip:
        j["addresses"] = source.addresses;
        break;
    case SourceKind::Mx:
    case SourceKind::A:
    case SourceKind::Include:
        if (!source.domain.empty())
            j["domain"] = source.domain;
        break;
    case SourceKind::Provider:
        j["provider"] = source.provider;
        if (source.options) {
            ordered o = ordered::object();
            putOptional(o, "return_path", source.options->returnPath);
            putOptional(o, "region", source.options->region);
            putOptional(o, "dkim_selectors", source.options->dkimSelectors);
            if (source.options->dkimTargets) {
                ordered targets = ordered::object();
                for (const auto& [selector, target] : *source.options->dkimTargets)
                    targets[selector] = target;
                o["dkim_targets"] = targets;
            }
            j["options"] = o;
        }
        break;
    }
    return j;
}

ordered writeDmarc(const DmarcPlan& d) {
    ordered j;
    j["stage"] = nameOf(kStages, d.stage);
    putOptional(j, "testing", d.testing);
    if (d.subdomainPolicy)
        j["subdomain_policy"] = nameOf(kPolicies, *d.subdomainPolicy);
    if (d.nonexistentPolicy)
        j["nonexistent_policy"] = nameOf(kPolicies, *d.nonexistentPolicy);
    putOptional(j, "adkim", d.adkim);
    putOptional(j, "aspf", d.aspf);
    if (!d.rua.empty())
        j["rua"] = d.rua;
    putOptional(j, "ruf", d.ruf);
    putOptional(j, "failure_options", d.failureOptions);
    putOptional(j, "own_report_domains", d.ownReportDomains);
    return j;
}

ordered writeScenario(const Scenario& s) {
    ordered j;
    j["name"] = s.name;
    putOptional(j, "description", s.description);
    j["from_domain"] = s.fromDomain;
    putOptional(j, "mail_from", s.mailFrom);
    putOptional(j, "helo", s.helo);
    j["ip"] = s.ip;
    if (!s.signatures.empty()) {
        ordered sigs = ordered::array();
        for (const auto& sig : s.signatures)
            sigs.push_back(ordered{{"domain", sig.domain}, {"selector", sig.selector}});
        j["signatures"] = sigs;
    }
    if (!s.intermediaries.empty()) {
        ordered hops = ordered::array();
        for (const auto& hop : s.intermediaries) {
            ordered h;
            h["type"] = nameOf(kIntermediaryTypes, hop.type);
            putOptional(h, "domain", hop.domain);
            putOptional(h, "ip", hop.ip);
            putOptional(h, "srs", hop.srs);
            putOptional(h, "subject_tag", hop.subjectTag);
            putOptional(h, "footer", hop.footer);
            putOptional(h, "rewrite_from", hop.rewriteFrom);
            hops.push_back(h);
        }
        j["intermediaries"] = hops;
    }
    return j;
}

std::pair<int, int> lineAndColumn(std::string_view text, std::size_t offset) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

std::string_view toString(SourceKind kind) {
    return nameOf(kSourceKinds, kind);
}
std::string_view toString(DkimAlgorithm algorithm) {
    return nameOf(kAlgorithms, algorithm);
}
std::string_view toString(DmarcStage stage) {
    return nameOf(kStages, stage);
}
std::string_view toString(DmarcPolicy policy) {
    return nameOf(kPolicies, policy);
}
std::string_view toString(IntermediaryType type) {
    return nameOf(kIntermediaryTypes, type);
}

std::string absoluteName(const Plan& plan, std::string_view host) {
    auto name = normalizeDomain(host);
    if (name.empty() || name == "@")
        return plan.domain;
    if (isSubdomainOf(name, plan.domain))
        return name;
    return name + "." + plan.domain;
}

Plan starterPlan(std::string_view domain) {
    Plan plan;
    plan.domain = normalizeDomain(domain);
    plan.sources.push_back(Source{SourceKind::Mx, std::string("the domain's mail servers"), {}, {}, {}, {}});
    DkimKey key;
    key.selector = "dmarcplan1";
    key.keySize = 2048;
    plan.dkim.push_back(key);
    plan.dmarc.stage = DmarcStage::Monitor;
    plan.dmarc.rua = {"mailto:dmarc-reports@" + plan.domain};
    return plan;
}

Result<Plan> planFromJson(std::string_view text, const std::string& sourceName) {
    json document;
    try {
        document = parseRejectingDuplicateKeys(text, "$");
    } catch (const PathError& e) {
        return InputError{sourceName, 0, 0, e.path + ": " + e.message};
    } catch (const json::parse_error& e) {
        auto [line, column] = lineAndColumn(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        auto pos = what.find(": ", what.find("parse error"));
        return InputError{sourceName, line, column,
                          "not valid JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2))};
    } catch (const json::exception& e) { // out_of_range: a number too large ("1e999")
        return InputError{sourceName, 0, 0, std::string("not valid JSON: ") + e.what()};
    }
    try {
        return readPlan(document);
    } catch (const PathError& e) {
        return InputError{sourceName, 0, 0, e.path + ": " + e.message};
    }
}

Result<Plan> loadPlan(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot read plan file"};
    std::ostringstream text;
    text << in.rdbuf();
    return planFromJson(text.str(), path);
}

std::string planToJson(const Plan& plan) {
    ordered j;
    j["dmarcplan_plan"] = plan.version;
    j["domain"] = plan.domain;
    putOptional(j, "description", plan.description);
    putOptional(j, "ttl", plan.ttl);
    j["sources"] = ordered::array();
    for (const auto& source : plan.sources)
        j["sources"].push_back(writeSource(source));
    putOptional(j, "spf_all", plan.spfAll);
    j["dkim"] = ordered::array();
    for (const auto& key : plan.dkim) {
        ordered k;
        k["selector"] = key.selector;
        k["algorithm"] = toString(key.algorithm);
        putOptional(k, "key_size", key.keySize);
        putOptional(k, "public_key", key.publicKey);
        putOptional(k, "testing", key.testing);
        putOptional(k, "comment", key.comment);
        j["dkim"].push_back(k);
    }
    j["dmarc"] = writeDmarc(plan.dmarc);
    if (!plan.scenarios.empty()) {
        j["scenarios"] = ordered::array();
        for (const auto& s : plan.scenarios)
            j["scenarios"].push_back(writeScenario(s));
    }
    return j.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

Result<bool> savePlan(const Plan& plan, const std::string& path) {
    return writeFileAtomically(path, planToJson(plan));
}

} // namespace dmarcplan::plan
