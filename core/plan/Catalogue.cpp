#include "core/plan/Catalogue.h"

#include "core/common/DomainName.h"
#include "core/plan/JsonReader.h"

#include <algorithm>
#include <cstdlib>
#include <dmarcplan/Version.h>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

namespace dmarcplan::plan {

namespace {

using namespace json_reader;

constexpr EnumName<MailFrom> kMailFrom[] = {{MailFrom::Customer, "customer"}, {MailFrom::Provider, "provider"}};
constexpr EnumName<DkimMethod> kDkimMethods[] = {{DkimMethod::Txt, "txt"}, {DkimMethod::Cname, "cname"}};
constexpr EnumName<ReturnPathMethod> kReturnPathMethods[] = {{ReturnPathMethod::Cname, "cname"},
                                                             {ReturnPathMethod::MxSpf, "mx_spf"}};

// Names in the catalogue may hold "{selector}" or "{region}" placeholders; check them without.
void requireTemplateName(const std::string& name, const std::string& path) {
    std::string plain = name;
    for (const char* placeholder : {"{selector}", "{region}"})
        for (auto at = plain.find(placeholder); at != std::string::npos; at = plain.find(placeholder))
            plain.replace(at, std::string_view(placeholder).size(), "x");
    if (!isValidDomainName(plain))
        fail(path, "\"" + name + "\" is not a valid domain name");
}

bool isFactName(const std::string& name) {
    for (const char* fact : kFacts)
        if (name == fact)
            return true;
    return false;
}

// "spf.include" is covered by "spf"; "spf" is covered by "spf" only.
bool covers(std::string_view general, std::string_view fact) {
    return fact == general ||
           (fact.size() > general.size() && fact.starts_with(general) && fact[general.size()] == '.');
}

bool isId(const std::string& id) {
    return !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

// A calendar date as YYYY-MM-DD; the day is checked against the month (no 2026-02-30).
bool isDate(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[i] < '0' || text[i] > '9')
            return false;
    int year = std::stoi(text.substr(0, 4)), month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1])
        return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

LocalText readLocalText(const json& value, const std::string& path) {
    ObjectReader t(value, path, {"en", "ja"});
    LocalText text{t.string("en"), t.string("ja")};
    if (text.en.empty())
        fail(t.at("en"), "must not be empty");
    if (text.ja.empty())
        fail(t.at("ja"), "must not be empty");
    return text;
}

void requireHttps(const std::string& url, const std::string& path) {
    if (url.rfind("https://", 0) != 0 || url.size() <= 8)
        fail(path, "expected an https:// URL");
}

// Schema 1 had no "unknown" list: there an absent fact meant "not checked", which is unknown.
std::vector<std::string> implicitUnknown(const Provider& p, bool hasSpf) {
    std::vector<std::string> unknown;
    if (!hasSpf)
        unknown.push_back("spf");
    else {
        if (!p.spf.mailFrom)
            unknown.push_back("spf.mail_from");
        if (!p.spf.include && p.spf.mailFrom != MailFrom::Provider)
            unknown.push_back("spf.include");
    }
    if (!p.dkim)
        unknown.push_back("dkim");
    if (!p.returnPath)
        unknown.push_back("return_path");
    if (!p.signsWithCustomerDomain)
        unknown.push_back("signs_with_customer_domain");
    return unknown;
}

// Schema 2: every fact is stated (with a source that names it) or listed as unknown, never both,
// never neither; the texts come in English and Japanese.
void checkProvenance(const Provider& p, const ObjectReader& r, const std::string& path) {
    auto unknown = [&](const char* fact) { return p.isUnknown(fact); };
    auto stated = [&](const char* fact, bool isStated, const std::string& at) {
        if (isStated && unknown(fact))
            fail(at, std::string("\"") + fact + "\" is stated here and listed under \"unknown\"");
        if (!isStated && !unknown(fact))
            fail(at, std::string("required: state \"") + fact + "\" or list it under \"unknown\"");
        if (isStated && p.sourcesFor(fact).empty())
            fail(at, std::string("no entry of \"sources\" names the fact \"") + fact + "\"");
    };
    bool hasSpf = r.has("spf");
    stated("spf", hasSpf, r.at("spf"));
    if (hasSpf) {
        stated("spf.mail_from", p.spf.mailFrom.has_value(), r.at("spf") + ".mail_from");
        if (p.spf.mailFrom != MailFrom::Provider || p.spf.include)
            stated("spf.include", p.spf.include.has_value(), r.at("spf") + ".include");
    }
    stated("dkim", p.dkim.has_value(), r.at("dkim"));
    if (p.dkim && unknown("dkim.key_sizes") && !p.dkim->keySizes.empty())
        fail(r.at("dkim") + ".key_sizes", "\"dkim.key_sizes\" is stated here and listed under \"unknown\"");
    if (p.dkim && unknown("dkim.selectors") && (!p.dkim->selectors.empty() || p.dkim->selectorsPerAccount))
        fail(r.at("dkim") + ".selectors", "\"dkim.selectors\" is stated here and listed under \"unknown\"");
    if (p.dkim && unknown("dkim.cname_target") && p.dkim->cnameTarget)
        fail(r.at("dkim") + ".cname_target", "\"dkim.cname_target\" is stated here and listed under \"unknown\"");
    stated("return_path", p.returnPath.has_value(), r.at("return_path"));
    stated("signs_with_customer_domain", p.signsWithCustomerDomain.has_value(), r.at("signs_with_customer_domain"));
    for (const char* optional : {"regions", "console_steps", "notes"}) {
        bool present = r.has(optional);
        if (present && p.sourcesFor(optional).empty())
            fail(r.at(optional), std::string("no entry of \"sources\" names the fact \"") + optional + "\"");
    }
    if (p.nameJa.empty())
        fail(r.at("name_ja"), "required: the name in Japanese (the English name again if it has no other)");
    if (!p.description)
        fail(r.at("description"), "required: {\"en\": ..., \"ja\": ...}");
    if (p.notes && !p.notesJa)
        fail(r.at("notes_ja"), "required: the notes in Japanese");
    if (p.notesJa && !p.notes)
        fail(r.at("notes"), "required: the notes in English");
    (void)path;
}

Provider readProvider(const json& value, const std::string& path, int version) {
    ObjectReader r(value, path,
                   {"id", "name", "region", "documentation", "spf", "dkim", "return_path", "signs_with_customer_domain",
                    "options", "notes", "name_ja", "description", "notes_ja", "console_steps", "regions", "sources",
                    "unknown"});
    if (version < 2)
        for (const char* key : {"name_ja", "description", "notes_ja", "console_steps", "regions", "sources", "unknown"})
            if (r.has(key))
                fail(r.at(key), "needs \"dmarcplan_catalogue\": 2");
    Provider p;
    p.id = r.string("id");
    if (!isId(p.id))
        fail(r.at("id"), "expected lower-case letters, digits and hyphens");
    p.name = r.string("name");
    p.region = r.string("region");
    p.documentation = r.optStrings("documentation").value_or(std::vector<std::string>{});
    for (std::size_t i = 0; i < p.documentation.size(); ++i)
        requireHttps(p.documentation[i], r.at("documentation") + "[" + std::to_string(i) + "]");
    r.forEach("sources", [&](const json& item, const std::string& sourcePath) {
        ObjectReader s(item, sourcePath, {"url", "read", "facts"});
        ProviderSource source{s.string("url"), s.string("read"),
                              s.optStrings("facts").value_or(std::vector<std::string>{})};
        requireHttps(source.url, s.at("url"));
        if (!isDate(source.read))
            fail(s.at("read"), "expected the day the page was read as YYYY-MM-DD");
        if (source.facts.empty())
            fail(s.at("facts"), "required: the facts this page gives");
        for (std::size_t i = 0; i < source.facts.size(); ++i)
            if (!isFactName(source.facts[i]))
                fail(s.at("facts") + "[" + std::to_string(i) + "]", "unknown fact \"" + source.facts[i] + "\"");
        if (std::find(p.documentation.begin(), p.documentation.end(), source.url) == p.documentation.end())
            p.documentation.push_back(source.url);
        p.sources.push_back(std::move(source));
    });
    if (p.documentation.empty())
        fail(r.at(version >= 2 ? "sources" : "documentation"), "required: the URLs this entry was taken from");
    p.unknown = r.optStrings("unknown").value_or(std::vector<std::string>{});
    for (std::size_t i = 0; i < p.unknown.size(); ++i)
        if (!isFactName(p.unknown[i]))
            fail(r.at("unknown") + "[" + std::to_string(i) + "]", "unknown fact \"" + p.unknown[i] + "\"");
    if (r.has("spf")) {
        ObjectReader s(r.raw("spf"), r.at("spf"), {"include", "mail_from"});
        p.spf.include = s.optString("include");
        if (p.spf.include)
            requireTemplateName(*p.spf.include, s.at("include"));
        p.spf.mailFrom = s.optEnum("mail_from", kMailFrom);
    }
    if (r.has("dkim")) {
        ObjectReader d(r.raw("dkim"), r.at("dkim"),
                       {"method", "selectors", "selectors_per_account", "cname_target", "key_sizes"});
        ProviderDkim dkim;
        dkim.method = d.requiredEnum("method", kDkimMethods);
        dkim.selectors = d.optStrings("selectors").value_or(std::vector<std::string>{});
        for (std::size_t i = 0; i < dkim.selectors.size(); ++i)
            requireTemplateName(dkim.selectors[i], d.at("selectors") + "[" + std::to_string(i) + "]");
        dkim.selectorsPerAccount = d.optBool("selectors_per_account").value_or(false);
        dkim.cnameTarget = d.optString("cname_target");
        if (dkim.cnameTarget)
            requireTemplateName(*dkim.cnameTarget, d.at("cname_target"));
        if (dkim.cnameTarget && dkim.method != DkimMethod::Cname)
            fail(d.at("cname_target"), "only for method \"cname\"");
        d.forEach("key_sizes", [&](const json& size, const std::string& sizePath) {
            if (!size.is_number_integer() || size.get<int>() < 512 || size.get<int>() > 8192)
                fail(sizePath, "expected an RSA key size in bits");
            dkim.keySizes.push_back(size.get<int>());
        });
        p.dkim = std::move(dkim);
    }
    if (r.has("return_path")) {
        ObjectReader rp(r.raw("return_path"), r.at("return_path"),
                        {"supported", "method", "default_host", "cname_target", "mx", "spf_include"});
        ProviderReturnPath returnPath;
        auto supported = rp.optBool("supported");
        if (!supported)
            fail(rp.at("supported"), "required");
        returnPath.supported = *supported;
        returnPath.method = rp.optEnum("method", kReturnPathMethods);
        returnPath.defaultHost = rp.optString("default_host");
        returnPath.cnameTarget = rp.optString("cname_target");
        returnPath.mx = rp.optString("mx");
        returnPath.spfInclude = rp.optString("spf_include");
        for (const auto* name : {&returnPath.cnameTarget, &returnPath.mx, &returnPath.spfInclude})
            if (*name)
                requireTemplateName(**name, path + ".return_path");
        if (returnPath.method == ReturnPathMethod::MxSpf && (!returnPath.mx || !returnPath.spfInclude))
            fail(rp.at("method"), "\"mx_spf\" needs both mx and spf_include");
        p.returnPath = returnPath;
    }
    p.signsWithCustomerDomain = r.optBool("signs_with_customer_domain");
    p.options = r.optStrings("options").value_or(std::vector<std::string>{});
    static const std::set<std::string> known = {"return_path", "region", "dkim_selectors", "dkim_targets"};
    for (std::size_t i = 0; i < p.options.size(); ++i)
        if (!known.count(p.options[i]))
            fail(r.at("options") + "[" + std::to_string(i) + "]", "unknown plan option \"" + p.options[i] + "\"");
    p.notes = r.optString("notes");
    p.nameJa = r.optString("name_ja").value_or("");
    if (r.has("description"))
        p.description = readLocalText(r.raw("description"), r.at("description"));
    p.notesJa = r.optString("notes_ja");
    r.forEach("console_steps", [&](const json& item, const std::string& stepPath) {
        p.consoleSteps.push_back(readLocalText(item, stepPath));
    });
    r.forEach("regions", [&](const json& item, const std::string& regionPath) {
        ObjectReader g(item, regionPath, {"id", "name", "spf_include", "return_path_cname_target"});
        ProviderRegion region{g.string("id"), g.string("name"), g.optString("spf_include"),
                              g.optString("return_path_cname_target")};
        if (!isId(region.id))
            fail(g.at("id"), "expected lower-case letters, digits and hyphens");
        if (region.spfInclude)
            requireTemplateName(*region.spfInclude, g.at("spf_include"));
        if (region.returnPathCnameTarget)
            requireTemplateName(*region.returnPathCnameTarget, g.at("return_path_cname_target"));
        p.regions.push_back(std::move(region));
    });
    if (version >= 2)
        checkProvenance(p, r, path);
    else
        p.unknown = implicitUnknown(p, r.has("spf"));
    return p;
}

std::string executableDir() {
    std::error_code ec;
    auto self = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::string() : self.parent_path().string();
}

} // namespace

std::string_view toString(DkimMethod method) {
    return nameOf(kDkimMethods, method);
}
std::string_view toString(MailFrom mailFrom) {
    return nameOf(kMailFrom, mailFrom);
}
std::string_view toString(ReturnPathMethod method) {
    return nameOf(kReturnPathMethods, method);
}

bool Provider::isUnknown(std::string_view fact) const {
    return std::any_of(unknown.begin(), unknown.end(), [&](const std::string& u) { return covers(u, fact); });
}

bool Provider::spfUnknown() const {
    if (isUnknown("spf"))
        return true;
    if (spf.include || spf.mailFrom == MailFrom::Provider)
        return false;
    return true;
}

std::vector<const ProviderSource*> Provider::sourcesFor(std::string_view fact) const {
    std::vector<const ProviderSource*> out;
    for (const auto& source : sources)
        if (std::any_of(source.facts.begin(), source.facts.end(),
                        [&](const std::string& named) { return covers(named, fact); }))
            out.push_back(&source);
    return out;
}

Result<Catalogue> Catalogue::fromJson(std::string_view text, const std::string& sourceName) {
    json document;
    try {
        document = parseRejectingDuplicateKeys(text, "$");
    } catch (const PathError& e) {
        return InputError{sourceName, 0, 0, e.path + ": " + e.message};
    } catch (const json::exception& e) { // parse_error, or out_of_range for a number too large
        return InputError{sourceName, 0, 0, std::string("not valid JSON: ") + e.what()};
    }
    try {
        ObjectReader r(document, "$", {"dmarcplan_catalogue", "providers"});
        auto version = r.optInt("dmarcplan_catalogue", 1, kCatalogueSchemaVersion);
        if (!version)
            fail("$.dmarcplan_catalogue", "required: the schema version (1 or 2)");
        Catalogue catalogue;
        catalogue.m_version = *version;
        std::set<std::string> ids;
        r.forEach("providers", [&](const json& item, const std::string& path) {
            catalogue.m_providers.push_back(readProvider(item, path, *version));
            if (!ids.insert(catalogue.m_providers.back().id).second)
                fail(path + ".id", "id \"" + catalogue.m_providers.back().id + "\" is used twice");
        });
        return catalogue;
    } catch (const PathError& e) {
        return InputError{sourceName, 0, 0, e.path + ": " + e.message};
    }
}

Result<Catalogue> Catalogue::load(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return InputError{path, 0, 0, "cannot read the provider catalogue"};
    std::ostringstream text;
    text << in.rdbuf();
    return fromJson(text.str(), path);
}

std::string Catalogue::defaultPath() {
    const std::string relative = "catalogue/providers.json";
    std::vector<std::string> candidates;
    if (const char* dir = std::getenv("DMARCPLAN_DATA_DIR"))
        candidates.push_back(std::string(dir) + "/" + relative);
    if (auto dir = executableDir(); !dir.empty())
        candidates.push_back(dir + "/../" + kDataInstallSubdir + "/" + relative);
    candidates.push_back(std::string(kSourceResourcesDir) + "/" + relative);
    for (const auto& candidate : candidates) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(candidate, ec))
            return candidate;
    }
    return candidates.back();
}

Result<Catalogue> Catalogue::loadDefault() {
    return load(defaultPath());
}

const Provider* Catalogue::find(std::string_view id) const {
    for (const auto& provider : m_providers)
        if (provider.id == id)
            return &provider;
    return nullptr;
}

} // namespace dmarcplan::plan
