#include "core/dkim/TagList.h"

#include <cctype>
#include <set>

namespace dmarcplan::dkim {

namespace {
bool isFws(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}
bool isAlpha(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool isAlnumPunc(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}
// VALCHAR = %x21-3A / %x3C-7E (everything printable but ';')
bool isValChar(char c) {
    return c >= 0x21 && c <= 0x7e && c != ';';
}

void trimRange(std::string_view text, std::size_t& begin, std::size_t& end) {
    while (begin < end && isFws(text[begin]))
        ++begin;
    while (end > begin && isFws(text[end - 1]))
        --end;
}
} // namespace

const Tag* TagList::find(std::string_view name) const {
    for (const auto& tag : tags)
        if (tag.name == name)
            return &tag;
    return nullptr;
}

std::optional<std::string> TagList::value(std::string_view name) const {
    const auto* tag = find(name);
    return tag ? std::optional<std::string>(tag->value) : std::nullopt;
}

TagList parseTagList(std::string_view text) {
    TagList list;
    std::set<std::string> seen;
    std::size_t start = 0;
    while (start <= text.size()) {
        auto semicolon = text.find(';', start);
        std::size_t end = semicolon == std::string_view::npos ? text.size() : semicolon;
        std::size_t b = start, e = end;
        trimRange(text, b, e);
        if (b == e) {
            // An empty spec is allowed only after the optional final ";".
            if (semicolon != std::string_view::npos)
                list.problems.push_back({TagListProblem::EmptySpec, {start, end}, {}});
        } else {
            auto equals = text.find('=', b);
            if (equals == std::string_view::npos || equals >= e) {
                list.problems.push_back({TagListProblem::MissingEquals, {b, e}, std::string(text.substr(b, e - b))});
            } else {
                std::size_t nb = b, ne = equals;
                trimRange(text, nb, ne);
                std::size_t vb = equals + 1, ve = e;
                trimRange(text, vb, ve);
                Tag tag{std::string(text.substr(nb, ne - nb)),
                        std::string(text.substr(vb, ve - vb)),
                        {nb, ne},
                        {vb, ve},
                        {b, e}};
                bool nameOk = !tag.name.empty() && isAlpha(tag.name.front());
                for (char c : tag.name)
                    nameOk = nameOk && isAlnumPunc(c);
                if (!nameOk)
                    list.problems.push_back({TagListProblem::BadName, tag.nameSpan, tag.name});
                for (std::size_t i = vb; i < ve; ++i) {
                    if (!isValChar(text[i]) && !isFws(text[i])) {
                        list.problems.push_back({TagListProblem::BadValueChar, {i, i + 1}, tag.name});
                        break;
                    }
                }
                if (!seen.insert(tag.name).second)
                    list.problems.push_back({TagListProblem::Duplicate, tag.span, tag.name});
                list.tags.push_back(std::move(tag));
            }
        }
        if (semicolon == std::string_view::npos)
            break;
        start = semicolon + 1;
    }
    return list;
}

std::string stripWhitespace(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text)
        if (!isFws(c))
            out += c;
    return out;
}

} // namespace dmarcplan::dkim
