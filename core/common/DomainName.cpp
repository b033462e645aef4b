#include "core/common/DomainName.h"

#include <cctype>

namespace dmarcplan {

std::string toLower(std::string_view text) {
    std::string out(text);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string normalizeDomain(std::string_view name) {
    if (!name.empty() && name.back() == '.')
        name.remove_suffix(1);
    return toLower(name);
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

bool isSubdomainOf(std::string_view name, std::string_view parent) {
    auto n = normalizeDomain(name);
    auto p = normalizeDomain(parent);
    if (p.empty())
        return true;
    if (n.size() < p.size())
        return false;
    if (n.compare(n.size() - p.size(), p.size(), p) != 0)
        return false;
    return n.size() == p.size() || n[n.size() - p.size() - 1] == '.';
}

bool isValidDomainName(std::string_view name) {
    if (!name.empty() && name.back() == '.')
        name.remove_suffix(1);
    if (name.empty() || name.size() > 253)
        return false;
    std::size_t labelStart = 0;
    for (std::size_t i = 0; i <= name.size(); ++i) {
        if (i == name.size() || name[i] == '.') {
            auto len = i - labelStart;
            if (len == 0 || len > 63)
                return false;
            if (name[labelStart] == '-' || name[i - 1] == '-')
                return false;
            labelStart = i + 1;
            continue;
        }
        auto c = static_cast<unsigned char>(name[i]);
        if (!(std::isalnum(c) || c == '-' || c == '_'))
            return false;
    }
    return true;
}

} // namespace dmarcplan
