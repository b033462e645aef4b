#include "core/dmarc/RecordEditor.h"

#include "core/dmarc/Parser.h"

#include <algorithm>

namespace dmarcplan::dmarc {

std::string formatTags(const std::vector<Tag>& tags) {
    std::string out;
    for (const auto& tag : tags)
        out += (out.empty() ? "" : "; ") + tag.name + "=" + tag.value;
    return out;
}

std::string editRecord(std::string_view text, const std::vector<TagChange>& changes) {
    // The parser keeps every tag it can read whatever else is wrong with the record, which is what an
    // edit must preserve: the owner's other tags stay as written.
    auto tags = parseRecord(text.empty() ? std::string_view("v=DMARC1; p=none") : text).record.tags;
    for (const auto& change : changes) {
        auto it = std::find_if(tags.begin(), tags.end(), [&](const Tag& tag) { return tag.name == change.first; });
        if (it != tags.end()) {
            it->value = change.second;
        } else {
            Tag tag;
            tag.name = change.first;
            tag.value = change.second;
            tags.push_back(std::move(tag));
        }
    }
    return formatTags(tags);
}

} // namespace dmarcplan::dmarc
