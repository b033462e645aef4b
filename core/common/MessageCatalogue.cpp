#include "core/common/MessageCatalogue.h"

#include <algorithm>
#include <unordered_map>

namespace dmarcplan {

namespace {

// Keep each protocol's entries in its own section, codes in alphabetical order within it.
const std::vector<CatalogueEntry> kEntries = {
    // --- common / DNS ---------------------------------------------------------------------------
    {"DNS-OFFLINE-NXDOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "{name} is outside the loaded zones and live DNS is off (--offline): treated as "
                              "non-existent"),
     ""},
    {"DNS-TEMPERROR", "Findings", DMARCPLAN_TR("Findings", "DNS query for {name} {type} failed: {error}"),
     DMARCPLAN_TR("Findings", "Check the name server settings and try again.")},

    // --- SPF ------------------------------------------------------------------------------------
    {"SPF-BROAD-RANGE", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" authorizes {addresses} addresses: a range this wide lets other "
                              "customers of the same networks send as you"),
     DMARCPLAN_TR("Findings", "List the sending hosts or the provider's own include instead of a whole network.")},
    {"SPF-CIDR-HOST-BITS", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" has host bits set: it means {network}"),
     DMARCPLAN_TR("Findings", "Write the network address: {network}.")},
    {"SPF-DUPLICATE-INCLUDE", "Findings",
     DMARCPLAN_TR("Findings", "{target} is included more than once: each include costs a DNS lookup"),
     DMARCPLAN_TR("Findings", "Remove the repeated include:{target}.")},
    {"SPF-DUPLICATE-MODIFIER", "Findings",
     DMARCPLAN_TR("Findings", "The {name}= modifier appears more than once (position {position}): receivers "
                              "return permerror"),
     DMARCPLAN_TR("Findings", "Keep a single {name}= modifier.")},
    {"SPF-DUPLICATE-NETBLOCK", "Findings", DMARCPLAN_TR("Findings", "{network} is listed more than once"),
     DMARCPLAN_TR("Findings", "Remove the repeated \"{term}\".")},
    {"SPF-EXPLANATION-DEFAULT", "Results",
     DMARCPLAN_TR("Results", "{domain} does not designate {ip} as a permitted sender"), ""},
    {"SPF-INCLUDE-INVALID", "Findings",
     DMARCPLAN_TR("Findings", "The SPF record of {target} (reached by \"{term}\") gives permerror: {reason}"),
     DMARCPLAN_TR("Findings", "Ask the owner of {target} to fix its record, or remove \"{term}\".")},
    {"SPF-INCLUDE-LOOP", "Findings", DMARCPLAN_TR("Findings", "\"{term}\" leads back to {target}: {path}"),
     DMARCPLAN_TR("Findings", "Remove the include or redirect that closes the loop.")},
    {"SPF-INCLUDE-NO-RECORD", "Findings",
     DMARCPLAN_TR("Findings", "{target} (reached by \"{term}\") publishes no SPF record: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Check the provider's documentation for the right include name, or remove \"{term}\".")},
    {"SPF-INCLUDE-NXDOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "{target} (reached by \"{term}\") does not exist: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Correct the name or remove \"{term}\".")},
    {"SPF-INCLUDE-TEMPERROR", "Findings",
     DMARCPLAN_TR("Findings", "The SPF record of {target} (reached by \"{term}\") could not be read: {error}"),
     DMARCPLAN_TR("Findings", "Check the name servers of {target} and try again.")},
    {"SPF-LEADING-WHITESPACE", "Findings",
     DMARCPLAN_TR("Findings", "The record starts with whitespace: receivers do not recognise it as SPF"),
     DMARCPLAN_TR("Findings", "Start the record with \"v=spf1\".")},
    {"SPF-LOOKUP-LIMIT", "Findings",
     DMARCPLAN_TR("Findings", "Evaluation needs {count} DNS lookups (worst case {worst_case}); more than 10 "
                              "gives permerror, so receivers treat every message as failing SPF"),
     DMARCPLAN_TR("Findings", "Remove unused includes, replace a/mx with ip4/ip6, or flatten includes "
                              "(dmarcplan spf generate --flatten).")},
    {"SPF-LOOKUP-NEAR-LIMIT", "Findings",
     DMARCPLAN_TR("Findings", "Evaluation needs {count} of the 10 allowed DNS lookups (worst case {worst_case}): "
                              "one more include by a provider breaks it"),
     DMARCPLAN_TR("Findings", "Keep a margin: remove unused includes or replace a/mx with ip4/ip6.")},
    {"SPF-MACRO", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" uses macros: its target depends on each message and cannot be "
                              "checked in advance"),
     ""},
    {"SPF-MULTIPLE-RECORDS", "Findings",
     DMARCPLAN_TR("Findings", "{domain} publishes {count} SPF records: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Merge them into one TXT record that starts with \"v=spf1\".")},
    {"SPF-MX-TOO-MANY", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\": {target} has {count} MX records; more than 10 gives permerror"),
     DMARCPLAN_TR("Findings", "List the outgoing hosts with ip4/ip6 instead of mx.")},
    {"SPF-NEUTRAL-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" says nothing about other senders: forged mail gets neutral, not fail"),
     DMARCPLAN_TR("Findings", "End with \"~all\" while testing and \"-all\" once every sender is listed.")},
    {"SPF-NO-ADDRESSES", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\": {target} has no {type} addresses, so the mechanism never matches "
                              "(and counts as a void lookup)"),
     DMARCPLAN_TR("Findings", "Remove \"{term}\" or publish the addresses.")},
    {"SPF-NO-ALL", "Findings",
     DMARCPLAN_TR("Findings", "The record has neither \"all\" nor \"redirect=\": unlisted senders get neutral"),
     DMARCPLAN_TR("Findings", "End the record with \"-all\" (or \"~all\" while testing).")},
    {"SPF-NO-RECORD", "Findings", DMARCPLAN_TR("Findings", "{domain} publishes no SPF record"),
     DMARCPLAN_TR("Findings", "Publish a TXT record such as \"v=spf1 mx -all\" (dmarcplan spf generate).")},
    {"SPF-OVERLAPPING-NETBLOCK", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" is already covered by \"{other}\""),
     DMARCPLAN_TR("Findings", "Remove \"{term}\".")},
    {"SPF-PARKED", "Findings",
     DMARCPLAN_TR("Findings", "{domain} has no MX and no address records, so it sends no mail, but its SPF "
                              "record authorizes senders"),
     DMARCPLAN_TR("Findings", "Publish \"v=spf1 -all\" for a domain that sends no mail.")},
    {"SPF-PASS-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" authorizes every host on the Internet to send as this domain"),
     DMARCPLAN_TR("Findings", "Use \"-all\" (or \"~all\" while testing).")},
    {"SPF-PTR", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\": the ptr mechanism is slow, unreliable and deprecated (RFC 7208 §5.5)"),
     DMARCPLAN_TR("Findings", "Replace it with ip4/ip6 ranges or a, mx, include.")},
    {"SPF-RECORD-LONG", "Findings",
     DMARCPLAN_TR("Findings", "The record is {length} bytes: answers over 450 bytes risk not fitting in one "
                              "UDP packet with the rest of the answer (RFC 7208 §3.4)"),
     DMARCPLAN_TR("Findings", "Shorten it: move hosts into an include on a subdomain.")},
    {"SPF-RECORD-TOO-LONG", "Findings",
     DMARCPLAN_TR("Findings", "The record is {length} bytes: over 512 bytes, receivers without EDNS0 or TCP "
                              "cannot read it"),
     DMARCPLAN_TR("Findings", "Split it: move hosts into an include on a subdomain.")},
    {"SPF-REDIRECT-WITH-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" is ignored because the record has an \"all\" mechanism (RFC 7208 §6.1)"),
     DMARCPLAN_TR("Findings", "Remove either \"all\" or the redirect.")},
    {"SPF-RR-TYPE-SPF", "Findings",
     DMARCPLAN_TR("Findings", "{domain} publishes the obsolete SPF record type (99), which receivers no longer read"),
     DMARCPLAN_TR("Findings", "Remove the SPF-type record; keep the TXT record.")},
    {"SPF-SENDER-ID", "Findings",
     DMARCPLAN_TR("Findings", "{domain} publishes a Sender ID record (\"{record}\"), an abandoned experiment"),
     DMARCPLAN_TR("Findings", "Remove the spf2.0 record.")},
    {"SPF-STRING-TOO-LONG", "Findings",
     DMARCPLAN_TR("Findings", "A string of the record is {length} characters; a TXT character-string holds at "
                              "most 255"),
     DMARCPLAN_TR("Findings", "Publish the record as several quoted strings of at most 255 characters.")},
    {"SPF-SYNTAX-BAD-ADDRESS", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} does not hold a valid address"),
     DMARCPLAN_TR("Findings", "Write ip4:192.0.2.0/24 or ip6:2001:db8::/32.")},
    {"SPF-SYNTAX-BAD-CIDR", "Findings",
     DMARCPLAN_TR("Findings", "Invalid prefix length in \"{term}\" at position {position}"),
     DMARCPLAN_TR("Findings", "Use /0 to /32 for IPv4 and //0 to //128 (ip6: /0 to /128), without leading zeros.")},
    {"SPF-SYNTAX-BAD-DOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "The domain in \"{term}\" at position {position} does not end in a valid "
                              "top-level label"),
     DMARCPLAN_TR("Findings", "Write a fully qualified domain name such as _spf.example.com.")},
    {"SPF-SYNTAX-BAD-MACRO", "Findings", DMARCPLAN_TR("Findings", "Invalid macro at position {position}"),
     DMARCPLAN_TR("Findings", "Write macros as %{letter}, and a literal percent sign as %%.")},
    {"SPF-SYNTAX-CHARACTER", "Findings",
     DMARCPLAN_TR("Findings", "Character {character} at position {position} is not allowed: SPF records are "
                              "7-bit ASCII and terms are separated by spaces"),
     DMARCPLAN_TR("Findings", "Remove the character; separate terms with spaces only.")},
    {"SPF-SYNTAX-MISSING-DOMAIN", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} needs a domain"),
     DMARCPLAN_TR("Findings", "Add the domain after a colon, e.g. include:_spf.example.com.")},
    {"SPF-SYNTAX-MODIFIER-NAME", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} is not a valid modifier name"),
     DMARCPLAN_TR("Findings", "Modifier names start with a letter and contain letters, digits, -, _ and dots.")},
    {"SPF-SYNTAX-QUALIFIED-MODIFIER", "Findings",
     DMARCPLAN_TR("Findings", "Modifier \"{term}\" at position {position} has a qualifier; only mechanisms "
                              "take +, -, ~ or ?"),
     DMARCPLAN_TR("Findings", "Remove the qualifier.")},
    {"SPF-SYNTAX-UNEXPECTED-ARGUMENT", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" at position {position} has an argument this mechanism does not take"),
     DMARCPLAN_TR("Findings", "Remove the argument.")},
    {"SPF-SYNTAX-UNKNOWN-MECHANISM", "Findings",
     DMARCPLAN_TR("Findings", "Unknown mechanism \"{term}\" at position {position}: receivers return permerror"),
     DMARCPLAN_TR("Findings", "Use one of all, include, a, mx, ptr, ip4, ip6, exists, or write a modifier as "
                              "name=value.")},
    {"SPF-SYNTAX-VERSION", "Findings",
     DMARCPLAN_TR("Findings", "The record does not start with \"v=spf1\" followed by a space"),
     DMARCPLAN_TR("Findings", "Start the record with \"v=spf1 \".")},
    {"SPF-TERMS-AFTER-ALL", "Findings",
     DMARCPLAN_TR("Findings", "\"{term}\" comes after \"all\" and is never evaluated"),
     DMARCPLAN_TR("Findings", "Move it before \"all\" or remove it.")},
    {"SPF-TRACE-EXP-UNUSABLE", "Results",
     DMARCPLAN_TR("Results", "The explanation named by exp={name} is unusable; the default explanation applies"), ""},
    {"SPF-TRACE-INVALID-DOMAIN", "Results", DMARCPLAN_TR("Results", "{name} is not a valid domain name"), ""},
    {"SPF-TRACE-LOOKUP-LIMIT", "Results",
     DMARCPLAN_TR("Results", "\"{term}\" goes over the limit of {limit} terms that cause DNS lookups"), ""},
    {"SPF-TRACE-MULTIPLE-RECORDS", "Results", DMARCPLAN_TR("Results", "{name} publishes {count} SPF records"), ""},
    {"SPF-TRACE-MX-LIMIT", "Results",
     DMARCPLAN_TR("Results", "{name} has {count} MX records, more than the 10 one mx mechanism may use"), ""},
    {"SPF-TRACE-NO-RECORD", "Results", DMARCPLAN_TR("Results", "{name} publishes no SPF record"), ""},
    {"SPF-TRACE-VOID-LIMIT", "Results",
     DMARCPLAN_TR("Results", "{name} gave no answer: more than {limit} void lookups"), ""},
    {"SPF-UNKNOWN-MODIFIER", "Findings",
     DMARCPLAN_TR("Findings", "Unknown modifier \"{term}\": receivers ignore it"),
     DMARCPLAN_TR("Findings", "Remove it unless a receiver you know of uses it.")},
    {"SPF-VERSION-NO-SPACE", "Findings",
     DMARCPLAN_TR("Findings", "\"v=spf1\" is not followed by a space, so receivers do not see an SPF record"),
     DMARCPLAN_TR("Findings", "Put a space after \"v=spf1\" (check how the strings of the TXT record are joined: "
                              "without spaces).")},
    {"SPF-VOID-LOOKUPS", "Findings",
     DMARCPLAN_TR("Findings", "{count} lookups return no data (void lookups); more than 2 gives permerror"),
     DMARCPLAN_TR("Findings", "Remove the mechanisms whose names do not exist or have no addresses.")},

    // --- DKIM -----------------------------------------------------------------------------------

    // --- DMARC ----------------------------------------------------------------------------------

    // --- headers --------------------------------------------------------------------------------

    // --- simulate -------------------------------------------------------------------------------

    // --- plan / zone lint / check ---------------------------------------------------------------
};

} // namespace

const std::vector<CatalogueEntry>& messageCatalogue() { return kEntries; }

const CatalogueEntry* findCatalogueEntry(std::string_view code) {
    static const std::unordered_map<std::string_view, const CatalogueEntry*> index = [] {
        std::unordered_map<std::string_view, const CatalogueEntry*> map;
        for (const auto& entry : kEntries)
            map.emplace(entry.code, &entry);
        return map;
    }();
    auto it = index.find(code);
    return it == index.end() ? nullptr : it->second;
}

std::string substitute(std::string_view templ, const MessageParams& params) {
    std::string out;
    out.reserve(templ.size() + 16);
    for (std::size_t i = 0; i < templ.size();) {
        if (templ[i] == '{') {
            auto close = templ.find('}', i + 1);
            if (close != std::string_view::npos) {
                auto it = params.find(std::string(templ.substr(i + 1, close - i - 1)));
                if (it != params.end()) {
                    out += it->second;
                    i = close + 1;
                    continue;
                }
            }
        }
        out += templ[i++];
    }
    return out;
}

std::string renderMessage(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return substitute(entry->text, params);
    std::string out(code);
    for (const auto& [key, value] : params)
        out += " " + key + "=" + value;
    return out;
}

std::string renderFix(std::string_view code, const MessageParams& params) {
    if (const auto* entry = findCatalogueEntry(code))
        return substitute(entry->fix, params);
    return {};
}

std::string Message::text() const { return renderMessage(code, params); }

} // namespace dmarcplan
