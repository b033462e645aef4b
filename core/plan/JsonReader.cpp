#include "core/plan/JsonReader.h"

namespace dmarcplan::plan::json_reader {

namespace {

// Where the parser stands: one frame per open object or array, with the path of that container.
struct Frame {
    bool object = false;
    std::string path;
    std::set<std::string> keys; // objects: the keys seen so far
    std::string key;            // objects: the key whose value comes next
    std::size_t index = 0;      // arrays: the index of the next element
};

std::string member(const std::string& path, const std::string& key) {
    return path.empty() ? key : path + "." + key;
}

class DuplicateKeyCheck {
public:
    explicit DuplicateKeyCheck(std::string root) : m_root(std::move(root)) {}

    bool operator()(int /*depth*/, json::parse_event_t event, json& parsed) {
        switch (event) {
        case json::parse_event_t::object_start:
        case json::parse_event_t::array_start:
            m_stack.push_back({event == json::parse_event_t::object_start, nextPath(), {}, {}, 0});
            break;
        case json::parse_event_t::key: {
            auto& top = m_stack.back();
            top.key = parsed.get<std::string>();
            if (!top.keys.insert(top.key).second)
                fail(member(top.path, top.key), "duplicate key");
            break;
        }
        case json::parse_event_t::object_end:
        case json::parse_event_t::array_end:
            m_stack.pop_back();
            elementDone();
            break;
        case json::parse_event_t::value:
            elementDone();
            break;
        }
        return true;
    }

private:
    // The path of the value that starts now.
    std::string nextPath() const {
        if (m_stack.empty())
            return m_root;
        const auto& top = m_stack.back();
        return top.object ? member(top.path, top.key) : top.path + "[" + std::to_string(top.index) + "]";
    }

    void elementDone() {
        if (!m_stack.empty() && !m_stack.back().object)
            ++m_stack.back().index;
    }

    std::string m_root;
    std::vector<Frame> m_stack;
};

} // namespace

json parseRejectingDuplicateKeys(std::string_view text, const std::string& root) {
    DuplicateKeyCheck check(root);
    return json::parse(
        text, [&check](int depth, json::parse_event_t event, json& parsed) { return check(depth, event, parsed); });
}

} // namespace dmarcplan::plan::json_reader
