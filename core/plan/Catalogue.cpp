#include "core/plan/Catalogue.h"

#include "core/common/DomainName.h"
#include "core/plan/JsonReader.h"

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

Provider readProvider(const json& value, const std::string& path) {
    ObjectReader r(value, path,
                   {"id", "name", "region", "documentation", "spf", "dkim", "return_path", "signs_with_customer_domain",
                    "options", "notes"});
    Provider p;
    p.id = r.string("id");
    if (p.id.empty() || p.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
        fail(r.at("id"), "expected lower-case letters, digits and hyphens");
    p.name = r.string("name");
    p.region = r.string("region");
    p.documentation = r.optStrings("documentation").value_or(std::vector<std::string>{});
    if (p.documentation.empty())
        fail(r.at("documentation"), "required: the URLs this entry was taken from");
    for (std::size_t i = 0; i < p.documentation.size(); ++i)
        if (p.documentation[i].rfind("https://", 0) != 0)
            fail(r.at("documentation") + "[" + std::to_string(i) + "]", "expected an https:// URL");
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
            fail("$.dmarcplan_catalogue", "required: the schema version (1)");
        Catalogue catalogue;
        std::set<std::string> ids;
        r.forEach("providers", [&](const json& item, const std::string& path) {
            catalogue.m_providers.push_back(readProvider(item, path));
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
