#pragma once
// The sending-provider catalogue (resources/catalogue/providers.json): for each common provider the
// SPF include, how DKIM is set up, whether a custom return path is possible and whether it signs with
// the customer's domain, each entry naming the documentation it was taken from. Facts that could
// not be checked against the provider's own documentation are absent (std::nullopt), never guessed.

#include "core/common/Result.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::plan {

inline constexpr int kCatalogueSchemaVersion = 2;

// Whose domain the provider puts in the envelope sender (RFC 5321 MAIL FROM) by default: SPF is
// checked there, so only "customer" providers need their include in the customer's SPF record.
enum class MailFrom { Customer, Provider };

struct ProviderSpf {
    std::optional<std::string> include; // e.g. "_spf.google.com"
    std::optional<MailFrom> mailFrom;
};

enum class DkimMethod { Txt, Cname };

struct ProviderDkim {
    DkimMethod method = DkimMethod::Txt;
    std::vector<std::string> selectors;     // default selector names; empty = chosen per account
    bool selectorsPerAccount = false;       // the console assigns or the customer chooses them
    std::optional<std::string> cnameTarget; // "{selector}.dkim.example.net"; nullopt = per account
    std::vector<int> keySizes;              // RSA sizes the provider offers (TXT keys)
};

enum class ReturnPathMethod { Cname, MxSpf };

struct ProviderReturnPath {
    bool supported = false;
    std::optional<ReturnPathMethod> method;
    std::optional<std::string> defaultHost; // label the provider suggests, e.g. "pm-bounces"
    std::optional<std::string> cnameTarget; // Cname: the target; nullopt = per account
    std::optional<std::string> mx;          // MxSpf: exchange, may contain "{region}"
    std::optional<std::string> spfInclude;  // MxSpf: include published at the return path host
};

// Where a group of facts was read: the page and the day (YYYY-MM-DD).
struct ProviderSource {
    std::string url;
    std::string read;
    std::vector<std::string> facts; // kFacts names: "spf", "dkim", "return_path", ...
};

// The facts an entry states or lists as unknown. Dotted names are parts of a fact ("dkim.key_sizes").
inline constexpr const char* kFacts[] = {"spf",
                                         "spf.include",
                                         "spf.mail_from",
                                         "dkim",
                                         "dkim.selectors",
                                         "dkim.cname_target",
                                         "dkim.key_sizes",
                                         "return_path",
                                         "signs_with_customer_domain",
                                         "regions",
                                         "console_steps",
                                         "notes"};

// A data-centre or regional variant with its own names, e.g. Zoho's EU include or SparkPost EU.
struct ProviderRegion {
    std::string id; // the plan's "region" option value
    std::string name;
    std::optional<std::string> spfInclude;
    std::optional<std::string> returnPathCnameTarget;
};

// A text in both languages the application speaks.
struct LocalText {
    std::string en;
    std::string ja;
};

struct Provider {
    std::string id;                         // stable key used in plans, e.g. "google-workspace"
    std::string name;                       // display name
    std::string region;                     // "global" or a country code such as "jp"
    std::vector<std::string> documentation; // URLs the entry was taken from (at least one)
    ProviderSpf spf;
    std::optional<ProviderDkim> dkim;
    std::optional<ProviderReturnPath> returnPath;
    std::optional<bool> signsWithCustomerDomain;
    std::vector<std::string> options; // plan options the provider takes: "region", "return_path", ...
    std::optional<std::string> notes;
    // Schema 2.
    std::string nameJa;
    std::optional<LocalText> description;
    std::optional<std::string> notesJa;
    std::vector<LocalText> consoleSteps; // one line per step in the provider's console
    std::vector<ProviderRegion> regions;
    std::vector<ProviderSource> sources;
    std::vector<std::string> unknown; // kFacts the documentation does not give

    // The fact, or the fact it is part of, is unknown ("dkim.selectors" is unknown when "dkim" is).
    bool isUnknown(std::string_view fact) const;
    // The catalogue cannot say what the customer's SPF record needs for this provider: whose domain
    // the envelope sender uses is unknown, or it is the customer's and the include is unknown.
    bool spfUnknown() const;
    // The sources that state `fact` (or the fact it is part of).
    std::vector<const ProviderSource*> sourcesFor(std::string_view fact) const;
};

class Catalogue {
public:
    static Result<Catalogue> fromJson(std::string_view text, const std::string& sourceName);
    static Result<Catalogue> load(const std::string& path);
    // The installed catalogue: $DMARCPLAN_DATA_DIR/catalogue/providers.json, then
    // <prefix>/share/dmarcplan/catalogue/providers.json next to the running program, then the
    // source tree's resources/catalogue/providers.json (build-tree runs).
    static Result<Catalogue> loadDefault();
    static std::string defaultPath();

    const std::vector<Provider>& providers() const { return m_providers; }
    const Provider* find(std::string_view id) const;
    int schemaVersion() const { return m_version; }

private:
    int m_version = kCatalogueSchemaVersion;
    std::vector<Provider> m_providers;
};

std::string_view toString(DkimMethod method);
std::string_view toString(MailFrom mailFrom);
std::string_view toString(ReturnPathMethod method);

} // namespace dmarcplan::plan
