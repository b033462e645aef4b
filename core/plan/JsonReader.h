#pragma once
// Reading JSON documents the user wrote (plans, the provider catalogue) with errors that name the
// JSON path of the problem ("$.dkim[1].key_size: expected a whole number from 1024 to 4096").
// Internal to core/plan: PathError is thrown inside a reader and turned into an InputError by the
// loader that called it, so validation stops at the first problem.

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace dmarcplan::plan::json_reader {

using nlohmann::json;

// Raised inside the reader only and turned into an InputError by planFromJson: validation stops at
// the first problem and names its JSON path.
struct PathError {
    std::string path;
    std::string message;
};

[[noreturn]] inline void fail(const std::string& path, const std::string& message) {
    throw PathError{path, message};
}

// Parses a document the user wrote. nlohmann keeps the last of two equal keys in an object without a
// word, so a plan with "stage" twice would silently mean its second value: here a repeated key is a
// PathError naming it ("$.senders[0].name: duplicate key"; `root` is the path of the document, "$"
// for plans, "" where paths start at the first key). Syntax errors stay json::parse_error.
json parseRejectingDuplicateKeys(std::string_view text, const std::string& root);

template <typename Enum> struct EnumName {
    Enum value;
    const char* name;
};

template <typename Enum, std::size_t N> std::string_view nameOf(const EnumName<Enum> (&table)[N], Enum value) {
    for (const auto& entry : table)
        if (entry.value == value)
            return entry.name;
    return table[0].name;
}

// A view of one JSON object being read, with its path for messages and the keys it may hold.
class ObjectReader {
public:
    ObjectReader(const json& value, std::string path, std::initializer_list<const char*> allowed)
        : m_value(value), m_path(std::move(path)) {
        if (!m_value.is_object())
            fail(m_path, "expected an object");
        std::set<std::string> known(allowed.begin(), allowed.end());
        for (const auto& [key, member] : m_value.items())
            if (!known.count(key)) {
                std::string list;
                for (const auto* name : allowed)
                    list += (list.empty() ? "" : ", ") + std::string(name);
                fail(at(key), "unknown key (allowed here: " + list + ")");
            }
    }

    std::string at(const std::string& key) const { return m_path + "." + key; }
    bool has(const char* key) const { return m_value.contains(key); }
    const json& raw(const char* key) const { return m_value.at(key); }

    std::string string(const char* key) const {
        if (!has(key))
            fail(at(key), "required");
        return stringValue(m_value.at(key), at(key));
    }
    std::optional<std::string> optString(const char* key) const {
        if (!has(key))
            return std::nullopt;
        return stringValue(m_value.at(key), at(key));
    }
    std::optional<bool> optBool(const char* key) const {
        if (!has(key))
            return std::nullopt;
        if (!m_value.at(key).is_boolean())
            fail(at(key), "expected true or false");
        return m_value.at(key).get<bool>();
    }
    std::optional<int> optInt(const char* key, int min, int max) const {
        if (!has(key))
            return std::nullopt;
        const auto& v = m_value.at(key);
        if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > max)
            fail(at(key), "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
        return static_cast<int>(v.get<long long>());
    }
    std::optional<std::vector<std::string>> optStrings(const char* key) const {
        if (!has(key))
            return std::nullopt;
        const auto& v = m_value.at(key);
        if (!v.is_array())
            fail(at(key), "expected a list of strings");
        std::vector<std::string> out;
        for (std::size_t i = 0; i < v.size(); ++i)
            out.push_back(stringValue(v[i], at(key) + "[" + std::to_string(i) + "]"));
        return out;
    }
    template <typename Enum, std::size_t N>
    std::optional<Enum> optEnum(const char* key, const EnumName<Enum> (&table)[N]) const {
        auto text = optString(key);
        if (!text)
            return std::nullopt;
        for (const auto& entry : table)
            if (*text == entry.name)
                return entry.value;
        std::string list;
        for (const auto& entry : table)
            list += (list.empty() ? "" : ", ") + std::string(entry.name);
        fail(at(key), "\"" + *text + "\" is not one of: " + list);
    }
    template <typename Enum, std::size_t N> Enum requiredEnum(const char* key, const EnumName<Enum> (&table)[N]) const {
        if (!has(key))
            fail(at(key), "required");
        return *optEnum(key, table);
    }
    // Calls read(element, path) for each element of an optional array member.
    template <typename Read> void forEach(const char* key, Read read) const {
        if (!has(key))
            return;
        const auto& v = m_value.at(key);
        if (!v.is_array())
            fail(at(key), "expected a list");
        for (std::size_t i = 0; i < v.size(); ++i)
            read(v[i], at(key) + "[" + std::to_string(i) + "]");
    }

    static std::string stringValue(const json& v, const std::string& path) {
        if (!v.is_string())
            fail(path, "expected a string");
        return v.get<std::string>();
    }

private:
    const json& m_value;
    std::string m_path;
};

} // namespace dmarcplan::plan::json_reader
