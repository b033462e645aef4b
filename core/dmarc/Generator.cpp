#include "core/dmarc/Generator.h"

#include "core/common/DomainName.h"
#include "core/dmarc/Linter.h"
#include "core/dmarc/OrganizationalDomain.h"
#include "core/dmarc/Parser.h"

#include <algorithm>

namespace dmarcplan::dmarc {

std::string TxtRecord::zoneLine() const {
    std::string out = name + ". 3600 IN TXT";
    for (std::size_t i = 0; i < value.size() || i == 0; i += 255) {
        out += " \"";
        for (char c : value.substr(i, 255)) {
            if (c == '"' || c == '\\')
                out += '\\';
            out += c;
        }
        out += '"';
    }
    return out;
}

namespace {

Result<std::vector<ReportUri>> reportUris(const std::vector<std::string>& addresses, const char* field) {
    std::vector<ReportUri> uris;
    for (const auto& written : addresses) {
        auto uri = written.rfind("mailto:", 0) == 0 ? written : "mailto:" + written;
        auto parsed = parseRecord("v=DMARC1; rua=" + uri).record.rua;
        if (parsed.size() != 1 || !parsed.front().valid || parsed.front().scheme != "mailto")
            return InputError{field, 0, 0, "\"" + written + "\" is not a mail address"};
        uris.push_back(parsed.front());
    }
    return uris;
}

std::string joinUris(const std::vector<ReportUri>& uris) {
    std::string out;
    for (const auto& uri : uris)
        out += (out.empty() ? "" : ",") + uri.uri;
    return out;
}

} // namespace

Result<GeneratedPolicy> generatePolicy(const PolicyDescription& description) {
    auto domain = normalizeDomain(description.domain);
    if (!isValidDomainName(domain))
        return InputError{"domain", 0, 0, "\"" + description.domain + "\" is not a domain name"};
    auto rua = reportUris(description.aggregateReports, "rua");
    if (!rua)
        return rua.error();
    auto ruf = reportUris(description.failureReports, "ruf");
    if (!ruf)
        return ruf.error();

    std::string text = "v=DMARC1; p=" + std::string(toString(description.policy));
    if (description.subdomainPolicy)
        text += "; sp=" + std::string(toString(*description.subdomainPolicy));
    if (description.nonExistentPolicy)
        text += "; np=" + std::string(toString(*description.nonExistentPolicy));
    if (description.psd)
        text += std::string("; psd=") + (*description.psd == PsdFlag::Yes  ? "y"
                                         : *description.psd == PsdFlag::No ? "n"
                                                                           : "u");
    if (description.testing)
        text += "; t=y";
    if (description.adkim == AlignmentMode::Strict)
        text += "; adkim=s";
    if (description.aspf == AlignmentMode::Strict)
        text += "; aspf=s";
    if (!rua->empty())
        text += "; rua=" + joinUris(*rua);
    if (!ruf->empty())
        text += "; ruf=" + joinUris(*ruf);
    if (!description.failureOptions.empty())
        text += "; fo=" + description.failureOptions;

    GeneratedPolicy generated;
    generated.record = {"_dmarc." + domain, text};
    generated.findings = lintRecord(text, domain, nullptr);
    // A bad fo value is the only thing a user can still get wrong here: make it an input error.
    for (const auto& f : generated.findings)
        if (f.code == "DMARC-INVALID-VALUE" || f.code == "DMARC-FO-CONFLICT")
            return InputError{"fo", 0, 0, f.message()};

    auto ownOrg = pslOrganizationalDomain(domain);
    for (const auto* uris : {&*rua, &*ruf})
        for (const auto& uri : *uris) {
            TxtRecord auth{domain + "._report._dmarc." + uri.domain, "v=DMARC1;"};
            bool seen = std::any_of(generated.authorizations.begin(), generated.authorizations.end(),
                                    [&](const TxtRecord& r) { return r.name == auth.name; });
            if (pslOrganizationalDomain(uri.domain) != ownOrg && !seen)
                generated.authorizations.push_back(auth);
        }
    return generated;
}

} // namespace dmarcplan::dmarc
