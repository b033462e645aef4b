#include "core/dkim/KeyRecord.h"

#include "core/common/DomainName.h"

#include <algorithm>

namespace dmarcplan::dkim {

std::vector<std::string> splitColonList(std::string_view text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto colon = text.find(':', start);
        auto item = stripWhitespace(text.substr(start, colon == std::string_view::npos ? colon : colon - start));
        if (!item.empty())
            items.push_back(item);
        if (colon == std::string_view::npos)
            break;
        start = colon + 1;
    }
    return items;
}

bool KeyRecord::testing() const {
    return std::find(flags.begin(), flags.end(), "y") != flags.end();
}
bool KeyRecord::strictIdentity() const {
    return std::find(flags.begin(), flags.end(), "s") != flags.end();
}

bool KeyRecord::allowsHash(std::string_view hash) const {
    return hashes.empty() || std::find(hashes.begin(), hashes.end(), hash) != hashes.end();
}

bool KeyRecord::allowsEmail() const {
    return services.empty() ||
           std::any_of(services.begin(), services.end(), [](const std::string& s) { return s == "*" || s == "email"; });
}

KeyRecord parseKeyRecord(std::string_view text) {
    KeyRecord record;
    record.tags = parseTagList(text);
    record.version = record.tags.value("v").value_or("");
    if (auto k = record.tags.value("k"))
        record.keyType = toLower(*k);
    if (auto h = record.tags.value("h"))
        record.hashes = splitColonList(toLower(*h));
    if (auto s = record.tags.value("s"))
        record.services = splitColonList(toLower(*s));
    if (auto t = record.tags.value("t"))
        record.flags = splitColonList(toLower(*t));
    if (auto p = record.tags.value("p")) {
        record.hasP = true;
        auto clean = stripWhitespace(*p);
        record.revoked = clean.empty();
        if (!record.revoked) {
            auto der = base64Decode(clean);
            record.base64Valid = der.has_value();
            if (der) {
                if (record.keyType == "rsa")
                    record.key = rsaPublicKeyFromDer(*der, &record.pkcs1);
                else if (record.keyType == "ed25519")
                    record.key = ed25519PublicKeyFromRaw(*der);
            }
        }
    }
    return record;
}

} // namespace dmarcplan::dkim
